/** The app machine as a React context: screens read it through narrow selectors. */
import { createActorContext } from '@xstate/react'
import { appMachine } from './app-machine'

export const AppActor = createActorContext(appMachine)
