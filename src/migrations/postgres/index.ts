import * as migration_20261129_184927_initial from './20261129_184927_initial.js';

export const migrations = [
  {
    up: migration_20261129_184927_initial.up,
    down: migration_20261129_184927_initial.down,
    name: '20261129_184927_initial'
  },
];
