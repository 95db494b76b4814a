import { isoDay } from './calendar.util.js';
import { copyArray, NULL } from './copy-text.util.js';
import type { OutcomeEffects } from './outcome-effect.model.js';
import { EvenSpread, normalQuantile, type Random } from './random.js';
import type { OutcomeSet } from './reference/programme.reference.js';

/** When a started referral was measured; null where that timepoint was not reached or missed. */
export interface MeasurementDays {
  baseline: number;
  end: number | null;
  followUp: number | null;
}

const LIFESTYLE_DIMENSIONS = 6;
const clamp = (value: number, min: number, max: number): number => (value < min ? min : value > max ? max : value);

/**
 * Outcome measurements (docs/methods.md, "Outcome instruments and scoring") as COPY rows. Scores are drawn at baseline and changed by
 * the year's effects; item answers are spread so that they add up to the total, as the
 * schema requires.
 */
export class OutcomeWriter {
  private nextId = 1;
  private rows: string[] = [];

  private readonly spread: EvenSpread;

  constructor(private readonly random: Random) {
    this.spread = new EvenSpread(random, LIFESTYLE_DIMENSIONS);
  }

  get written(): number {
    return this.nextId - 1;
  }

  /** The rows made since the last call. */
  drain(): string[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /**
   * `evenly` marks the first-year completers: their changes come from an even spread of
   * quantiles instead of random ones, so that even a small town lands near the reported
   * first-year figures (docs/methods.md, "The synthetic town") while baselines stay random, so it never lands exactly.
   */
  write(referralId: number, set: OutcomeSet, days: MeasurementDays, effects: OutcomeEffects, evenly: boolean): void {
    if (set === 'lifestyle') this.lifestyle(referralId, days, effects, evenly ? this.spread.next() : this.uniforms());
    else if (set === 'talking') this.talking(referralId, days, effects);
    else this.smoking(referralId, days, effects);
  }

  private uniforms(): number[] {
    return Array.from({ length: LIFESTYLE_DIMENSIONS }, () => this.random.next());
  }

  private lifestyle(referralId: number, days: MeasurementDays, effects: OutcomeEffects, u: number[]): void {
    const random = this.random;
    const swemwbs = clamp(Math.round(random.normal(20, 4)), 7, 35);
    const gse = clamp(Math.round(random.normal(27, 5)), 10, 40);
    this.scale(referralId, 'swemwbs', days, 7, 1, 5, swemwbs, effects.swemwbsGain + effects.swemwbsSpread * normalQuantile(u[0]));
    this.scale(referralId, 'gse', days, 10, 1, 4, gse, effects.gseGain + effects.gseSpread * normalQuantile(u[1]));
    this.activity(referralId, days, u[2], effects.activityLogGain, effects.activitySpread * normalQuantile(u[3]));
    this.visits(referralId, days, effects.visitsKept, u[4]);
    this.fruitAndVeg(referralId, days, u[5] < effects.fiveADay);
  }

  /** A multi-item scale whose total moves by `change` at the end and keeps most of it at follow-up. */
  private scale(referralId: number, code: string, days: MeasurementDays, count: number, min: number, max: number, baseline: number, change: number): void {
    const low = count * min;
    const high = count * max;
    this.add(referralId, code, 'baseline', days.baseline, baseline, this.items(baseline, count, min, max));
    const end = clamp(baseline + Math.round(change), low, high);
    if (days.end !== null) this.add(referralId, code, 'end', days.end, end, this.items(end, count, min, max));
    if (days.followUp === null) return;
    const kept = clamp(baseline + Math.round(change * 0.8 + this.random.normal(0, 1.5)), low, high);
    this.add(referralId, code, 'follow_up_6m', days.followUp, kept, this.items(kept, count, min, max));
  }

  /**
   * One in ten did no activity at all; the rest a log-normal number of minutes. The least
   * active gain the most in relative terms, which also keeps the group's relative change
   * steady when only a few dozen people are measured.
   */
  private activity(referralId: number, days: MeasurementDays, level: number, logGain: number, spread: number): void {
    const random = this.random;
    const position = level < 0.1 ? -2 : normalQuantile((level - 0.1) / 0.9);
    const baseline = level < 0.1 ? 0 : Math.min(1200, Math.round(50 * Math.exp(0.55 * position)));
    this.add(referralId, 'activity', 'baseline', days.baseline, baseline, null);
    // People who did nothing at all start from a few minutes rather than a multiple of zero.
    const from = baseline === 0 ? 10 + Math.round(level * 400) : baseline;
    const end = Math.min(10_080, Math.round(from * Math.exp(logGain - 0.15 * position + spread)));
    if (days.end !== null) this.add(referralId, 'activity', 'end', days.end, end, null);
    if (days.followUp !== null) this.add(referralId, 'activity', 'follow_up_6m', days.followUp, Math.round(end * random.uniform(0.65, 1.05)), null);
  }

  /** End visits keep a share of baseline visits, rounded by `u` so the group total keeps that share. */
  private visits(referralId: number, days: MeasurementDays, kept: number, u: number): void {
    const random = this.random;
    const baseline = Math.min(60, random.poisson(random.logNormal(2.6, 0.6)));
    this.add(referralId, 'gp_ae_visits', 'baseline', days.baseline, baseline, null);
    if (days.end !== null) this.add(referralId, 'gp_ae_visits', 'end', days.end, Math.floor(baseline * kept + u), null);
    if (days.followUp !== null) this.add(referralId, 'gp_ae_visits', 'follow_up_6m', days.followUp, random.binomial(baseline, kept * 1.3), null);
  }

  private fruitAndVeg(referralId: number, days: MeasurementDays, achieved: boolean): void {
    const random = this.random;
    const baseline = clamp(Math.round(random.normal(3, 1.3)), 0, 12);
    const portions = (fiveADay: boolean): number => (fiveADay ? 5 + random.poisson(0.8) : clamp(baseline + random.int(0, 1), 0, 4));
    this.add(referralId, 'fruit_veg', 'baseline', days.baseline, baseline, null);
    if (days.end !== null) this.add(referralId, 'fruit_veg', 'end', days.end, portions(achieved), null);
    if (days.followUp !== null) this.add(referralId, 'fruit_veg', 'follow_up_6m', days.followUp, portions(achieved && random.chance(0.9)), null);
  }

  private talking(referralId: number, days: MeasurementDays, effects: OutcomeEffects): void {
    const random = this.random;
    const phq = clamp(Math.round(random.normal(15, 5)), 0, 27);
    const gad = clamp(Math.round(random.normal(13, 4)), 0, 21);
    this.scale(referralId, 'phq9', days, 9, 0, 3, phq, -random.normal(effects.phq9Drop, 5));
    this.scale(referralId, 'gad7', days, 7, 0, 3, gad, -random.normal(effects.gad7Drop, 4));
  }

  private smoking(referralId: number, days: MeasurementDays, effects: OutcomeEffects): void {
    const random = this.random;
    this.add(referralId, 'co_ppm', 'baseline', days.baseline, clamp(Math.round(random.normal(22, 8)), 8, 80), null);
    const reading = (quit: boolean): number => (quit ? random.int(1, 9) : clamp(Math.round(random.normal(18, 7)), 10, 80));
    const quit = random.chance(effects.quitRate);
    if (days.end !== null) this.add(referralId, 'co_ppm', 'end', days.end, reading(quit), null);
    if (days.followUp !== null) this.add(referralId, 'co_ppm', 'follow_up_6m', days.followUp, reading(quit && random.chance(0.6)), null);
  }

  /** Item answers within [min, max] that add up to `total`. */
  private items(total: number, count: number, min: number, max: number): string {
    const items = new Array<number>(count).fill(min);
    let remaining = total - count * min;
    while (remaining > 0) {
      const i = Math.floor(this.random.next() * count);
      if (items[i] < max) {
        items[i]++;
        remaining--;
      }
    }
    return copyArray(items);
  }

  private add(referralId: number, code: string, timepoint: string, day: number, score: number, items: string | null): void {
    this.rows.push(`${this.nextId++}\t${referralId}\t${code}\t${timepoint}\t${isoDay(day)}\t${score}\t${items ?? NULL}\n`);
  }
}
