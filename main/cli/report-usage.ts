// Apart from the command itself, so that `kioskctl --help` does not load the report libraries.
export const REPORT_USAGE = `  report --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|csv|pdf --out PATH
         [--lang es|en|fr|ht] [--suppress N] [--hxl] [--separator ,|;]
         [--config DIR] [--data DIR]
                            Write a supervisor report; PATH is a file, or a folder
                            to save it under its usual name. csv is a zip of one
                            CSV file per table: a PATH without .zip gets .zip added
                            (x.csv is written as x.csv.zip).`;
