import { UserError, type Command } from './io'

// Placeholder until the command lands (see the open issues).
export const run: Command = () => Promise.reject(new UserError('ttx validate: not implemented yet'))
