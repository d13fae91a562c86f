/** Sheets colours are `#rrggbb` (lower case, as Apps Script returns them); Excel's are ARGB. */
export function toArgb(color: string | undefined): string | undefined {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  return m ? `FF${(m[1] as string).toUpperCase()}` : undefined;
}

export function fromArgb(argb: string | undefined): string | undefined {
  const m = argb ? /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb) : null;
  return m ? `#${(m[1] as string).toLowerCase()}` : undefined;
}
