import { type Region, regionPath } from '@manyi/core';

/** A region with the name a reader sees: its full path, e.g. 浙江省 › 杭州市 › 西湖区. */
export interface LabelledRegion {
  region: Region;
  label: string;
}

/** Every region with its full path, in reading order of those paths, so a city follows its province. */
export function labelledRegions(regions: readonly Region[], locale: string): LabelledRegion[] {
  return regions
    .map((region) => ({
      region,
      label: regionPath(regions, region.id)
        .map((r) => r.name)
        .join(' › '),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
