// Apart from the command itself, so that `kioskctl --help` does not load the report libraries.
export const REPORT_USAGE = `  report --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|csv|pdf --out PATH
         [--lang es|en|fr|ht] [--suppress N|exact] [--hxl] [--separator ,|;]
         [--config DIR] [--data DIR]
                            Write a supervisor report; PATH is a file, or a folder
                            to save it under its usual name. csv is a zip of one
                            CSV file per table: a PATH without .zip gets .zip added
                            (x.csv is written as x.csv.zip).
                            Small counts follow the site's rule (reports.json
                            suppressBelow: counts 1 to N-1 shown as "<N"); stderr
                            says which rule was applied. --suppress N uses N for
                            this export, --suppress exact shows exact counts; a
                            rule below the site's is written to the audit log.`;
