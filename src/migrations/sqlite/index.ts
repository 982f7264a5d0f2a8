import * as migration_20261128_221159_initial from './20261128_221159_initial';

export const migrations = [
  {
    up: migration_20261128_221159_initial.up,
    down: migration_20261128_221159_initial.down,
    name: '20261128_221159_initial'
  },
];
