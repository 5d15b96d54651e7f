import * as migration_20261129_184945_initial from './20261129_184945_initial.js';

export const migrations = [
  {
    up: migration_20261129_184945_initial.up,
    down: migration_20261129_184945_initial.down,
    name: '20261129_184945_initial'
  },
];
