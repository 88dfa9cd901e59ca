/** "1 part" / "3 parts"; the irregular plural when English has one ("bus" → "buses"). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
