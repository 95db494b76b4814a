import { minorityUptake } from './demand.model.js';
import { NhsNumberSequence, pseudonymise } from './nhs-number.generator.js';
import { cumulative, type Random } from './random.js';
import { ageBandMax, ageBandMin, ageBands, ethnicShares, population, POPULATION_YEAR } from './reference/population.reference.js';
import { lsoas, wards, type LsoaReference } from './reference/ward.reference.js';
import { conditionArray } from './copy-text.util.js';

/** A referred resident, drawn from the population so that uptake gaps can be measured against it. */
export interface Person {
  id: number;
  birthYear: number;
  sex: 'female' | 'male' | 'other' | 'not_stated';
  ethnicCode: string;
  /** Black, Asian, Mixed or other ethnic group, whether or not it was recorded. */
  minority: boolean;
  wardCode: string;
  lsoa: LsoaReference;
  conditions: number;
}

/** Older people and women are referred more; deprivation adds need. Children are not referred. */
const AGE_REFERRAL_FACTOR = [0, 0.25, 0.45, 0.7, 1, 1.45, 1.9, 2.0, 1.4];
const FEMALE_FACTOR = 1.2;

interface CellGroup {
  cells: { wardCode: string; ethnicCode: string; band: number; sex: 'female' | 'male' }[];
  totals: Float64Array;
  weight: number;
}

export class PersonFactory {
  private readonly white: CellGroup;
  private readonly minority: CellGroup;
  private readonly numbers: NhsNumberSequence;
  private readonly lsoasByWard = new Map<string, LsoaReference[]>();
  private nextId = 1;

  constructor(
    private readonly random: Random,
    private readonly pseudonymKey: string,
  ) {
    this.white = cellGroup(false);
    this.minority = cellGroup(true);
    this.numbers = new NhsNumberSequence(random.int(0, 999_999));
    for (const lsoa of lsoas) this.lsoasByWard.set(lsoa.wardCode, [...(this.lsoasByWard.get(lsoa.wardCode) ?? []), lsoa]);
  }

  get created(): number {
    return this.nextId - 1;
  }

  /** A new person as first referred on `day`. */
  create(day: number): Person {
    const random = this.random;
    const minorityWeight = this.minority.weight * minorityUptake(day);
    const isMinority = random.next() * (minorityWeight + this.white.weight) < minorityWeight;
    const group = isMinority ? this.minority : this.white;
    const cell = group.cells[random.fromCumulative(group.totals)];
    const referralYear = new Date(day * 86_400_000).getUTCFullYear();
    // Someone 16 in 2021 was 13 in 2018: keep everyone at least 16 when referred.
    const youngest = Math.max(ageBandMin[cell.band], 16 + POPULATION_YEAR - referralYear);
    const age = random.int(Math.min(youngest, ageBandMax[cell.band]), ageBandMax[cell.band]);
    const lsoa = random.pick(this.lsoasByWard.get(cell.wardCode)!);
    return {
      id: this.nextId++,
      birthYear: POPULATION_YEAR - age,
      sex: recordedSex(random, cell.sex),
      ethnicCode: recordedEthnicity(random, cell.ethnicCode, referralYear),
      minority: isMinority,
      wardCode: cell.wardCode,
      lsoa,
      conditions: 0,
    };
  }

  row(person: Person): string {
    const pseudonym = pseudonymise(this.numbers.next(), this.pseudonymKey);
    return `${person.id}\t${pseudonym}\t${person.birthYear}\t${person.sex}\t${person.ethnicCode}\t${person.wardCode}\t${person.lsoa.code}\t${person.lsoa.deprivationDecile}\t${conditionArray(person.conditions)}\n`;
  }
}

function cellGroup(minority: boolean): CellGroup {
  const decile = new Map(wards.map((ward) => [ward.code, ward.deprivationDecile]));
  const white = new Set(ethnicShares.filter((ethnic) => ethnic.broad === 'White').map((ethnic) => ethnic.code));
  const cells: CellGroup['cells'] = [];
  const weights: number[] = [];
  for (const cell of population) {
    if (white.has(cell.ethnicCode) === minority) continue;
    const band = ageBands.indexOf(cell.ageBand);
    const need = 1 + 0.05 * (10 - decile.get(cell.wardCode)!);
    cells.push({ wardCode: cell.wardCode, ethnicCode: cell.ethnicCode, band, sex: cell.sex });
    weights.push(cell.residents * AGE_REFERRAL_FACTOR[band] * (cell.sex === 'female' ? FEMALE_FACTOR : 1) * need);
  }
  const totals = cumulative(weights);
  return { cells, totals, weight: totals[totals.length - 1] };
}

function recordedSex(random: Random, sex: 'female' | 'male'): Person['sex'] {
  const draw = random.next();
  return draw < 0.004 ? 'not_stated' : draw < 0.005 ? 'other' : sex;
}

/** Recording improved over time: fewer "not stated" and "not known" in later years. */
function recordedEthnicity(random: Random, code: string, year: number): string {
  const notStated = year <= 2019 ? 0.04 : 0.02;
  const draw = random.next();
  if (draw < notStated) return 'Z';
  if (draw < notStated + 0.01) return '99';
  return code;
}
