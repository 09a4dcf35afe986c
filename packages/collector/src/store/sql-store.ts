import { AccountLinkStore } from './account-link-store.js';
import { AccountStore } from './account-store.js';
import { AuditStore } from './audit-store.js';
import { CaseStore } from './case-store.js';
import { CatalogueStore } from './catalogue-store.js';
import { ComplaintFindingStore } from './complaint-finding-store.js';
import { ComplaintStore } from './complaint-store.js';
import { ConsultationStore } from './consultation-store.js';
import { DeviceStore } from './device-store.js';
import type { Migration } from './migrations.js';
import { OidcFlowStore } from './oidc-flow-store.js';
import { PersonalDataStore } from './personal-data-store.js';
import { RecordStore } from './record-store.js';
import { RegionStore } from './region-store.js';
import { type MigrationStatus, migrationStatus, refuseNewerSchema } from './schema-version.js';
import { SecondFactorStore } from './second-factor-store.js';
import { ServiceEventStore } from './service-event-store.js';
import { SettingStore } from './setting-store.js';
import type { Sql } from './sql/port.js';
import { StationStore } from './station-store.js';
import type { UploadWrites } from './upload-writes.js';

/**
 * Everything the collector keeps, by topic. Each topic is written once against the SQL port
 * (sql/port.ts); two engines run it and pass one test suite: embedded SQLite (node:sqlite,
 * sqlite.ts) and PostgreSQL (postgres.ts). Engine code lives only where they truly differ
 * (sqlite/, postgres/); each engine adds how it closes and counts its connections.
 */
export abstract class SqlStore {
  abstract readonly kind: 'sqlite' | 'postgres';
  readonly settings: SettingStore;
  readonly stations: StationStore;
  readonly catalogue: CatalogueStore;
  readonly devices: DeviceStore;
  readonly records: RecordStore;
  readonly regions: RegionStore;
  readonly complaints: ComplaintStore;
  /** The bad-review ledger, misuse reviews, complaint history and notices. */
  readonly cases: CaseStore;
  /** Named accounts and their sessions. */
  readonly accounts: AccountStore;
  /** Who changed what and who read personal data, hash-chained. */
  readonly audit: AuditStore;
  /** TOTP second factors of accounts. */
  readonly secondFactors: SecondFactorStore;
  /** Single sign-on identities and the accounts they sign in as. */
  readonly accountLinks: AccountLinkStore;
  /** Single sign-ons under way. */
  readonly oidcFlows: OidcFlowStore;
  /** Complaint findings, voiding, satisfaction after the reply and warning talks. */
  readonly findings: ComplaintFindingStore;
  /** Consultations (咨询), kept apart from complaints. */
  readonly consultations: ConsultationStore;
  /** Erasing personal data whose retention has ended. */
  readonly personalData: PersonalDataStore;
  /** Service events and the one rating each may have. */
  readonly serviceEvents: ServiceEventStore;
  protected readonly sql: Sql;
  protected readonly uploads: UploadWrites;
  readonly #migrations: { list: readonly Migration[]; timeType: string };

  constructor(sql: Sql, uploads: UploadWrites, migrations: { list: readonly Migration[]; timeType: string }) {
    this.sql = sql;
    this.uploads = uploads;
    this.#migrations = migrations;
    this.settings = new SettingStore(sql);
    this.stations = new StationStore(sql);
    this.catalogue = new CatalogueStore(sql);
    this.devices = new DeviceStore(sql, uploads);
    this.records = new RecordStore(sql, uploads);
    this.regions = new RegionStore(sql);
    this.complaints = new ComplaintStore(sql);
    this.cases = new CaseStore(sql);
    this.accounts = new AccountStore(sql);
    this.audit = new AuditStore(sql);
    this.secondFactors = new SecondFactorStore(sql);
    this.accountLinks = new AccountLinkStore(sql);
    this.oidcFlows = new OidcFlowStore(sql);
    this.findings = new ComplaintFindingStore(sql);
    this.consultations = new ConsultationStore(sql);
    this.personalData = new PersonalDataStore(sql);
    this.serviceEvents = new ServiceEventStore(sql);
  }

  /**
   * Applies the migrations this database has not had yet, in one transaction that one collector at
   * a time runs. Refuses (NewerSchemaError), changing nothing, a database a newer collector migrated.
   */
  migrate(): Promise<void> {
    const { list, timeType } = this.#migrations;
    return this.sql.transaction(async (tx) => {
      await tx.exclusive('migrations');
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${timeType} NOT NULL)`,
      );
      const versions = (await tx.all('SELECT version FROM schema_migrations')).map((r) => ({ version: Number(r.version) }));
      refuseNewerSchema(versions, list);
      const applied = new Set(versions.map((v) => v.version));
      const p = tx.p;
      for (const m of list) {
        if (applied.has(m.version)) continue;
        await tx.exec(m.sql);
        await tx.run(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${p(1)}, ${p(2)}, ${p(3)})`, [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
      }
    });
  }

  /** Applied and pending migrations (`migrate --status`); changes nothing. */
  migrationStatus(): Promise<MigrationStatus> {
    return migrationStatus(this.sql, this.#migrations.list);
  }

  async ping(): Promise<void> {
    await this.sql.get('SELECT 1');
  }

  abstract close(): Promise<void>;
  /** Database connections open, idle, and requests waiting for one (for /metrics). */
  abstract connections(): { open: number; idle: number; waiting: number };
}
