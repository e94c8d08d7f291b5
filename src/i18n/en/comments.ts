/** English, the source: the other catalogs translate these keys (src/i18n/catalogs/<language>/comments.ts). */
export default {} as const;
