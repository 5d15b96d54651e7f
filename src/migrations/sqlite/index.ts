import * as migration_20261129_171432_initial from './20261129_171432_initial.js';

export const migrations = [
  {
    up: migration_20261129_171432_initial.up,
    down: migration_20261129_171432_initial.down,
    name: '20261129_171432_initial'
  },
];
