import { LEVEL_LABELS, type NationalLevel } from './levels.js';
import type { Labels } from './locale.js';

export type ScaleId = 3 | 4 | 5;
export const SCALE_IDS: readonly ScaleId[] = [3, 4, 5];

/** One face on a rating pad: its raw answer (1 = worst), national level and label. */
export interface Face {
  readonly answer: number;
  readonly level: NationalLevel;
  readonly labels: Labels;
}

export interface Scale {
  readonly id: ScaleId;
  /** Faces from best to worst, the order a pad shows them. */
  readonly faces: readonly Face[];
}

function facesFor(levels: readonly NationalLevel[]): Face[] {
  // The raw answer counts from the worst face up, so a stored answer reads the same on any scale.
  return levels.map((level, i) => ({
    answer: levels.length - i,
    level,
    labels: LEVEL_LABELS[level],
  }));
}

/**
 * The three scales a deployment may choose:
 * 5 faces — the national scale itself;
 * 4 faces — no middle (as commercial terminals use);
 * 3 faces — the campaign tiers 满意 / 基本满意 / 不满意.
 */
export const SCALES: Readonly<Record<ScaleId, Scale>> = {
  5: { id: 5, faces: facesFor([5, 4, 3, 2, 1]) },
  4: { id: 4, faces: facesFor([5, 4, 2, 1]) },
  3: { id: 3, faces: facesFor([4, 3, 2]) },
};

/** The national level of a raw answer on a scale, or undefined when the answer is not on it. */
export function nationalLevelOf(scale: ScaleId, answer: number): NationalLevel | undefined {
  return SCALES[scale].faces.find((f) => f.answer === answer)?.level;
}
