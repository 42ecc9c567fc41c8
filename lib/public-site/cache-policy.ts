// Cache-Control for public responses (see README, "The public site").
// Pages, data files and the feed: browsers revalidate every time (a 304 costs a few hundred
// bytes); shared caches may keep a copy for 60 s, so a correction or withdrawal reaches
// everyone within a minute.
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=60, must-revalidate";
// The stylesheet's URL carries a hash of its content, so it never changes.
export const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";
