import * as migration_20261128_221159_initial from './20261128_221159_initial';
import * as migration_20261128_225219_workflow_without_locks from './20261128_225219_workflow_without_locks';
import * as migration_20261128_230419_legal_documents from './20261128_230419_legal_documents';
import * as migration_20261129_000114_drop_workflow_search_text from './20261129_000114_drop_workflow_search_text';
import * as migration_20261129_021445_participation from './20261129_021445_participation';
import * as migration_20261129_044350_registries from './20261129_044350_registries';
import * as migration_20261129_072545_library_contests from './20261129_072545_library_contests';
import * as migration_20261129_080130_data_exchange from './20261129_080130_data_exchange';
import * as migration_20261129_101939_sync_and_more from './20261129_101939_sync_and_more';
import * as migration_20261129_150034_audit_log from './20261129_150034_audit_log';
import * as migration_20261129_211112_mfa_and_storage from './20261129_211112_mfa_and_storage';
import * as migration_20261130_140449_sync_plans from './20261130_140449_sync_plans';
import * as migration_20261130_203000_seal_credentials from './20261130_203000_seal_credentials';

export const migrations = [
  {
    up: migration_20261128_221159_initial.up,
    down: migration_20261128_221159_initial.down,
    name: '20261128_221159_initial',
  },
  {
    up: migration_20261128_225219_workflow_without_locks.up,
    down: migration_20261128_225219_workflow_without_locks.down,
    name: '20261128_225219_workflow_without_locks',
  },
  {
    up: migration_20261128_230419_legal_documents.up,
    down: migration_20261128_230419_legal_documents.down,
    name: '20261128_230419_legal_documents',
  },
  {
    up: migration_20261129_000114_drop_workflow_search_text.up,
    down: migration_20261129_000114_drop_workflow_search_text.down,
    name: '20261129_000114_drop_workflow_search_text',
  },
  {
    up: migration_20261129_021445_participation.up,
    down: migration_20261129_021445_participation.down,
    name: '20261129_021445_participation',
  },
  {
    up: migration_20261129_044350_registries.up,
    down: migration_20261129_044350_registries.down,
    name: '20261129_044350_registries',
  },
  {
    up: migration_20261129_072545_library_contests.up,
    down: migration_20261129_072545_library_contests.down,
    name: '20261129_072545_library_contests',
  },
  {
    up: migration_20261129_080130_data_exchange.up,
    down: migration_20261129_080130_data_exchange.down,
    name: '20261129_080130_data_exchange',
  },
  {
    up: migration_20261129_101939_sync_and_more.up,
    down: migration_20261129_101939_sync_and_more.down,
    name: '20261129_101939_sync_and_more',
  },
  {
    up: migration_20261129_150034_audit_log.up,
    down: migration_20261129_150034_audit_log.down,
    name: '20261129_150034_audit_log',
  },
  {
    up: migration_20261129_211112_mfa_and_storage.up,
    down: migration_20261129_211112_mfa_and_storage.down,
    name: '20261129_211112_mfa_and_storage',
  },
  {
    up: migration_20261130_140449_sync_plans.up,
    down: migration_20261130_140449_sync_plans.down,
    name: '20261130_140449_sync_plans',
  },
  {
    up: migration_20261130_203000_seal_credentials.up,
    down: migration_20261130_203000_seal_credentials.down,
    name: '20261130_203000_seal_credentials'
  },
];
