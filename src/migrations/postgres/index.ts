import * as migration_20261128_221202_initial from './20261128_221202_initial';
import * as migration_20261128_225223_workflow_without_locks from './20261128_225223_workflow_without_locks';
import * as migration_20261128_230444_legal_documents from './20261128_230444_legal_documents';
import * as migration_20261129_000118_drop_workflow_search_text from './20261129_000118_drop_workflow_search_text';
import * as migration_20261129_021458_participation from './20261129_021458_participation';
import * as migration_20261129_044404_registries from './20261129_044404_registries';
import * as migration_20261129_072556_library_contests from './20261129_072556_library_contests';
import * as migration_20261129_080148_data_exchange from './20261129_080148_data_exchange';
import * as migration_20261129_102102_sync_and_more from './20261129_102102_sync_and_more';
import * as migration_20261129_150048_audit_log from './20261129_150048_audit_log';
import * as migration_20261129_211130_mfa_and_storage from './20261129_211130_mfa_and_storage';
import * as migration_20261130_010226_sync_dismissed_and_recovery_codes from './20261130_010226_sync_dismissed_and_recovery_codes';
import * as migration_20261130_070352_sync_more_types from './20261130_070352_sync_more_types';
import * as migration_20261130_103240_sync_situations from './20261130_103240_sync_situations';
import * as migration_20261130_140502_sync_plans from './20261130_140502_sync_plans';
import * as migration_20261130_195104_audit_secret_rotated from './20261130_195104_audit_secret_rotated';
import * as migration_20261130_203000_seal_credentials from './20261130_203000_seal_credentials';

export const migrations = [
  {
    up: migration_20261128_221202_initial.up,
    down: migration_20261128_221202_initial.down,
    name: '20261128_221202_initial',
  },
  {
    up: migration_20261128_225223_workflow_without_locks.up,
    down: migration_20261128_225223_workflow_without_locks.down,
    name: '20261128_225223_workflow_without_locks',
  },
  {
    up: migration_20261128_230444_legal_documents.up,
    down: migration_20261128_230444_legal_documents.down,
    name: '20261128_230444_legal_documents',
  },
  {
    up: migration_20261129_000118_drop_workflow_search_text.up,
    down: migration_20261129_000118_drop_workflow_search_text.down,
    name: '20261129_000118_drop_workflow_search_text',
  },
  {
    up: migration_20261129_021458_participation.up,
    down: migration_20261129_021458_participation.down,
    name: '20261129_021458_participation',
  },
  {
    up: migration_20261129_044404_registries.up,
    down: migration_20261129_044404_registries.down,
    name: '20261129_044404_registries',
  },
  {
    up: migration_20261129_072556_library_contests.up,
    down: migration_20261129_072556_library_contests.down,
    name: '20261129_072556_library_contests',
  },
  {
    up: migration_20261129_080148_data_exchange.up,
    down: migration_20261129_080148_data_exchange.down,
    name: '20261129_080148_data_exchange',
  },
  {
    up: migration_20261129_102102_sync_and_more.up,
    down: migration_20261129_102102_sync_and_more.down,
    name: '20261129_102102_sync_and_more',
  },
  {
    up: migration_20261129_150048_audit_log.up,
    down: migration_20261129_150048_audit_log.down,
    name: '20261129_150048_audit_log',
  },
  {
    up: migration_20261129_211130_mfa_and_storage.up,
    down: migration_20261129_211130_mfa_and_storage.down,
    name: '20261129_211130_mfa_and_storage',
  },
  {
    up: migration_20261130_010226_sync_dismissed_and_recovery_codes.up,
    down: migration_20261130_010226_sync_dismissed_and_recovery_codes.down,
    name: '20261130_010226_sync_dismissed_and_recovery_codes',
  },
  {
    up: migration_20261130_070352_sync_more_types.up,
    down: migration_20261130_070352_sync_more_types.down,
    name: '20261130_070352_sync_more_types',
  },
  {
    up: migration_20261130_103240_sync_situations.up,
    down: migration_20261130_103240_sync_situations.down,
    name: '20261130_103240_sync_situations',
  },
  {
    up: migration_20261130_140502_sync_plans.up,
    down: migration_20261130_140502_sync_plans.down,
    name: '20261130_140502_sync_plans',
  },
  {
    up: migration_20261130_195104_audit_secret_rotated.up,
    down: migration_20261130_195104_audit_secret_rotated.down,
    name: '20261130_195104_audit_secret_rotated',
  },
  {
    up: migration_20261130_203000_seal_credentials.up,
    down: migration_20261130_203000_seal_credentials.down,
    name: '20261130_203000_seal_credentials'
  },
];
