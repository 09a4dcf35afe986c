/** The region tree: which regions lie within which, for roll-up figures and for refusing loops. */

export interface RegionLink {
  id: string;
  parentId?: string;
}

/** `rootId` and every region below it, at any depth. */
export function regionsWithin(regions: readonly RegionLink[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const r of regions) {
    if (r.parentId === undefined) continue;
    const siblings = children.get(r.parentId) ?? [];
    siblings.push(r.id);
    children.set(r.parentId, siblings);
  }
  const within = new Set<string>();
  const queue = [rootId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (within.has(id)) continue;
    within.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return within;
}

/**
 * Whether giving `regionId` the parent `parentId` would put it inside itself (its own parent, or
 * the parent of one of its ancestors): the tree would then have a loop and no top.
 */
export function wouldLoop(regions: readonly RegionLink[], regionId: string, parentId: string | undefined): boolean {
  return parentId !== undefined && regionsWithin(regions, regionId).has(parentId);
}

/** The chain from the top-level region down to `regionId`, e.g. 浙江省 › 杭州市 › 西湖区; empty for an unknown id. */
export function regionPath<R extends RegionLink>(regions: readonly R[], regionId: string): R[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const path: R[] = [];
  const seen = new Set<string>();
  for (let r = byId.get(regionId); r && !seen.has(r.id); r = r.parentId === undefined ? undefined : byId.get(r.parentId)) {
    seen.add(r.id);
    path.unshift(r);
  }
  return path;
}

/**
 * The 行政区划代码 to file a station's records under: its region's own, else the nearest region
 * above it that has one (a township entered without its code files under its county's).
 */
export function divisionCodeOf(regions: readonly (RegionLink & { code?: string })[], regionId: string | undefined): string | undefined {
  if (regionId === undefined) return undefined;
  return regionPath(regions, regionId)
    .reverse()
    .find((r) => r.code !== undefined)?.code;
}
