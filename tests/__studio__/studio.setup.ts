/** Builds the Studio once for all journeys (the "studio-build" setup project). */
import {test as setup} from '@playwright/test'
import {buildStudio} from './studio-build'

setup('build the Studio as it ships', () => {
  setup.setTimeout(180_000)
  buildStudio()
})
