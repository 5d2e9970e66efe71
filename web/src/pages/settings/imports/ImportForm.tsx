import { type FormEvent, useId, useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useSession } from '../../../app/session.tsx';
import { Button, Card, FormError, SelectField } from '../../../ui/ui.tsx';
import { type ColumnMap, ColumnMapping } from './ColumnMapping.tsx';
import {
  CSV_TYPES,
  type CsvType,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportJob,
  readHeaders,
  uploadImport,
} from './use-imports.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Importar um arquivo',
    intro:
      'Histórico entra nas datas dele: nada é roteado nem notificado. Importar o mesmo arquivo de novo não muda nada.',
    format: 'De onde vem o arquivo',
    formats: {
      olist: 'Olist (os dois arquivos: MQLs e negócios fechados)',
      rdstation: 'RD Station Marketing (exportação de leads)',
      hubspot: 'HubSpot (exportação de contatos)',
      csv: 'CSV genérico',
    } as Record<ImportFormat, string>,
    type: 'O que cada linha é',
    types: { leads: 'Leads', deals: 'Negócios', costs: 'Custos por mês e canal' } as Record<CsvType, string>,
    file: 'Arquivo (CSV, até 50 MB)',
    files: 'Arquivos (selecione os dois)',
    start: 'Importar',
    uploading: (percent: number) => `Enviando… ${percent}%`,
    noFile: 'Escolha o arquivo.',
  },
  en: {
    title: 'Import a file',
    intro:
      'History lands at its own dates: nothing is routed or notified. Importing the same file again changes nothing.',
    format: 'Where the file comes from',
    formats: {
      olist: 'Olist (both files: MQLs and closed deals)',
      rdstation: 'RD Station Marketing (lead export)',
      hubspot: 'HubSpot (contacts export)',
      csv: 'Generic CSV',
    } as Record<ImportFormat, string>,
    type: 'What each row is',
    types: { leads: 'Leads', deals: 'Deals', costs: 'Costs by month and channel' } as Record<CsvType, string>,
    file: 'File (CSV, up to 50 MB)',
    files: 'Files (select both)',
    start: 'Import',
    uploading: (percent: number) => `Uploading… ${percent}%`,
    noFile: 'Choose the file.',
  },
});

/** Chooses a file and its format, uploads it and hands the started import on. */
export function ImportForm({ onStarted }: { onStarted(job: ImportJob): void }) {
  const t = useMessages(m);
  const fileId = useId();
  const csrfToken = useSession().data?.csrfToken ?? null;
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [type, setType] = useState<CsvType>('leads');
  const [files, setFiles] = useState<File[]>([]);
  const [headers, setHeaders] = useState<string[]>([]);
  const [maps, setMaps] = useState<ColumnMap[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const choose = async (chosen: File[]) => {
    setFiles(chosen);
    setHeaders(chosen[0] ? await readHeaders(chosen[0]) : []);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) {
      setError(new Error(t.noFile));
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const query = {
        format,
        ...(format === 'csv'
          ? { type, map: maps.filter((x) => x.column).map((x) => `${x.column}=${x.field}`) }
          : {}),
      };
      const job = await uploadImport(files, query, csrfToken, setProgress);
      onStarted(job);
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };
  return (
    <Card title={t.title}>
      <p className="muted small">{t.intro}</p>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          label={t.format}
          value={format}
          onChange={(e) => setFormat(e.target.value as ImportFormat)}
          options={IMPORT_FORMATS.map((f) => ({ value: f, label: t.formats[f] }))}
        />
        {format === 'csv' ? (
          <SelectField
            label={t.type}
            value={type}
            onChange={(e) => setType(e.target.value as CsvType)}
            options={CSV_TYPES.map((x) => ({ value: x, label: t.types[x] }))}
          />
        ) : null}
        <div className="field">
          <label htmlFor={fileId}>{format === 'olist' ? t.files : t.file}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            multiple={format === 'olist'}
            onChange={(e) => void choose([...(e.target.files ?? [])])}
          />
        </div>
        {format === 'csv' ? (
          <div className="span-all">
            <ColumnMapping type={type} headers={headers} value={maps} onChange={setMaps} />
          </div>
        ) : null}
        <div className="form-actions">
          <FormError error={error} />
          {progress !== null ? (
            <progress max={1} value={progress} aria-label={t.uploading(Math.round(progress * 100))} />
          ) : null}
          <Button variant="primary" type="submit" busy={progress !== null}>
            {progress !== null ? t.uploading(Math.round(progress * 100)) : t.start}
          </Button>
        </div>
      </form>
    </Card>
  );
}
