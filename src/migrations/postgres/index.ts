import * as migration_20261207_020239_initial from './20261207_020239_initial.js';

export const migrations = [
  {
    up: migration_20261207_020239_initial.up,
    down: migration_20261207_020239_initial.down,
    name: '20261207_020239_initial'
  },
];
