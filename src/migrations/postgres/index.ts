import * as migration_20261128_221202_initial from './20261128_221202_initial';

export const migrations = [
  {
    up: migration_20261128_221202_initial.up,
    down: migration_20261128_221202_initial.down,
    name: '20261128_221202_initial'
  },
];
