/** Kept apart from the command so `kioskctl --help` does not load the exchange code (exceljs). */
export const DIRECTORY_USAGE = `  directory export --format hsds|xlsx --out FILE [--config DIR]
                            Write the directory as Open Referral HSDS 3.0 JSON (a FILE
                            ending in .zip: its tabular form, one CSV per table) or as
                            an XLSX workbook to edit in Excel.
  directory import --format hsds|xlsx FILE [--config DIR] [--data DIR]
                            Replace the directory's entries with FILE's, only when every
                            row is valid; otherwise list each row it cannot take and
                            change nothing. Closures and notices are kept.`;
