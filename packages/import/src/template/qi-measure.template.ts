import type { ImportTemplate } from './template.js';

/** Values of QI measures, as teams keep them in spreadsheets (docs/import.md, "QI measures"). */
export const QI_MEASURE_TEMPLATE: ImportTemplate = {
  kind: 'qi-measures',
  sheet: 'QI measures',
  description: "One row per value: the project, the measure, the first day of the value's period and the value.",
  columns: [
    { name: 'project', type: 'code', required: true, description: "The QI project's code or id.", example: 'smoking-quits' },
    { name: 'measure', type: 'text', required: true, description: "The measure's name (as the project lists it) or id.", example: 'Quit dates set' },
    {
      name: 'period_start',
      type: 'date',
      required: true,
      description: "The first day of the value's period: the 1st of the month, as the hub's measures are monthly.",
      example: '2024-03-01',
    },
    { name: 'value', type: 'number', required: true, description: 'The value; a percentage is from 0 to 100.', example: '41' },
    {
      name: 'note',
      type: 'text',
      required: false,
      description: "Why a value changed; kept in the measure's value history with the file's name.",
      example: 'Late returns from one adviser',
    },
  ],
};
