/** What the import routes accept: the server's own plain lists (src/revenue/imports). */
export {
  CSV_FIELDS,
  CSV_TYPES,
  type CsvType,
  IMPORT_FORMATS,
  type ImportFormat,
} from '../../../../../src/revenue/imports/import-vocabulary.ts';
