import * as migration_20261129_171446_initial from './20261129_171446_initial.js';

export const migrations = [
  {
    up: migration_20261129_171446_initial.up,
    down: migration_20261129_171446_initial.down,
    name: '20261129_171446_initial'
  },
];
