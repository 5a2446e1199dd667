/** Partners by category and funders by tier: groups in the option list's order, empty ones left out. */
import {describe, expect, it} from 'vitest'
import {groupByOption} from '../../src/lib/option-groups'

const TIERS = [
  {title: 'Presenting', value: 'presenting'},
  {title: 'Major', value: 'major'},
  {title: 'Supporting', value: 'supporting'},
]

describe('groupByOption', () => {
  it("groups items in the options' order, keeping each group's own order, and leaves out empty options", () => {
    const funders = [
      {name: 'B', tier: 'supporting'},
      {name: 'A', tier: 'presenting'},
      {name: 'C', tier: 'supporting'},
    ]
    expect(groupByOption(TIERS, funders, 'tier')).toEqual([
      {title: 'Presenting', value: 'presenting', items: [{name: 'A', tier: 'presenting'}]},
      {
        title: 'Supporting',
        value: 'supporting',
        items: [
          {name: 'B', tier: 'supporting'},
          {name: 'C', tier: 'supporting'},
        ],
      },
    ])
  })

  it('gives no groups for no items', () => {
    expect(groupByOption(TIERS, [] as {tier: string}[], 'tier')).toEqual([])
  })
})
