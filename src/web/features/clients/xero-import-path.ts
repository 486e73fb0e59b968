/** Settings & Apps with the Xero dialog open on its Import tab. */
export const XERO_IMPORT_PATH = "/apps?app=xero&tab=import";
