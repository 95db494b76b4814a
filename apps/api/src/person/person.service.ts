import { loadRequired } from '../common/batch.loader.js';
import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import type { PersonFilter } from './person.input.js';
import type { PersonLoaders } from './person.loaders.js';
import { toPerson } from './person.mapper.js';
import { PERSON_CURSOR, type PersonRepository, type PersonRow } from './person.repository.js';
import { PersonConnection, type Person } from './person.type.js';

/** Pseudonymised people, a page at a time or one by one. */
export class PersonService {
  constructor(
    private readonly repository: PersonRepository,
    private readonly loaders: PersonLoaders,
  ) {}

  async people(filter: PersonFilter, page: PageRequest): Promise<PersonConnection> {
    const rows = await this.repository.page(filter, page);
    return toConnection(
      PersonConnection,
      rows,
      (row) => ({ cursor: encodeCursor(PERSON_CURSOR, [row.id]), node: toPerson(row) }),
      () => this.repository.count(filter),
    );
  }

  async person(id: string): Promise<Person | null> {
    const row = await this.loaders.person.load(id);
    return row && toPerson(row);
  }

  /** Rows read with something else (a page of referrals), so loading them again costs nothing. */
  prime(rows: readonly PersonRow[]): void {
    for (const row of rows) this.loaders.person.prime(row.id, row);
  }

  async requiredPerson(id: string): Promise<Person> {
    return toPerson(await loadRequired(this.loaders.person, id, 'Person'));
  }
}
