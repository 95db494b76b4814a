/** Bad input to a report, naming the field so the API can say which argument is wrong. */
export class ReportingInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ReportingInputError';
  }
}

/** A measure or dimension that is not on the aggregate whitelist. */
export class UnknownAggregateTermError extends ReportingInputError {
  constructor(
    field: 'measures' | 'dimensions' | 'granularity',
    readonly term: string,
    allowed: readonly string[],
  ) {
    super(
      field,
      `unknown ${field === 'measures' ? 'measure' : field === 'dimensions' ? 'dimension' : 'granularity'} '${term}'; expected one of ${allowed.join(', ')}`,
    );
    this.name = 'UnknownAggregateTermError';
  }
}

/** Something the caller named (a measure, a contract) that does not exist. */
export class ReportingNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string | number,
  ) {
    super(`${entity} ${String(key)} not found`);
    this.name = 'ReportingNotFoundError';
  }
}
