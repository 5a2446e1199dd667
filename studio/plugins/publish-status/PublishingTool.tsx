/**
 * The "Publishing" tool: the latest build and its state, what a failed build needs fixed (with a
 * link to each document named), what is live, and the recent publishes and whether each is live.
 */
import {RocketIcon} from '@sanity/icons/Rocket'
import {Badge, Card, Container, Flex, Heading, Stack, Text, type BadgeTone} from '@sanity/ui'
import {useSyncExternalStore, type ReactNode} from 'react'
import type {Tool} from 'sanity'
import {IntentLink} from 'sanity/router'
import type {Deploy, DeployState, PublishStatus} from '../../../netlify/lib/publish-status-types'
import {documentPublishStatus, type DocumentPublishState} from './document-publish-status'
import type {StatusPoller} from './status-poller'
import {timeAgo} from './time-ago'

/** How many recent publishes the pane lists. */
const PUBLISHES_SHOWN = 20

const DEPLOY_STATES: Record<DeployState, {label: string; tone: BadgeTone}> = {
  building: {label: 'Building', tone: 'primary'},
  ready: {label: 'Live', tone: 'positive'},
  error: {label: 'Failed', tone: 'critical'},
}

const PUBLISH_TONES: Record<DocumentPublishState, BadgeTone> = {
  live: 'positive',
  building: 'primary',
  failed: 'critical',
  waiting: 'caution',
}

/** The tool, reading the shared poller; error lines link to documents of `documentTypes`. */
export function publishingTool(poller: StatusPoller, documentTypes: readonly string[]): Tool {
  function PublishingPane() {
    const reading = useSyncExternalStore(poller.subscribe, poller.getSnapshot, poller.getSnapshot)
    return (
      <Container width={2}>
        <Stack padding={4} gap={5}>
          <Stack gap={3}>
            <Heading as="h1" size={2}>
              Publishing
            </Heading>
            <Text muted size={1}>
              What the public site shows after you publish. A change is live once a build that started after it has gone live. Checked every
              20 seconds.
            </Text>
          </Stack>
          {reading.state === 'loading' && <Text>Checking the publishing status…</Text>}
          {reading.state === 'unavailable' && (
            <Card tone="caution" padding={3} radius={2} border>
              <Text>Publishing status unavailable: {reading.reason}</Text>
            </Card>
          )}
          {reading.state === 'loaded' && <StatusView status={reading.status} now={Date.now()} documentTypes={documentTypes} />}
        </Stack>
      </Container>
    )
  }
  return {name: 'publishing', title: 'Publishing', icon: RocketIcon, component: PublishingPane}
}

function StatusView({status, now, documentTypes}: {status: PublishStatus; now: number; documentTypes: readonly string[]}) {
  const {latestDeploy, lastLiveDeploy} = status
  const recent = Object.entries(status.publishes)
    .sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at))
    .slice(0, PUBLISHES_SHOWN)
  return (
    <>
      <Section title="Latest build">
        {latestDeploy ? (
          <DeployCard deploy={latestDeploy} now={now} />
        ) : (
          <Text muted>No build recorded yet. The next publish starts one.</Text>
        )}
        {latestDeploy?.state === 'error' && <ErrorLines lines={latestDeploy.errorLines} documentTypes={documentTypes} />}
      </Section>
      <Section title="On the site now">
        {lastLiveDeploy ? (
          <Text>
            The build that started {timeAgo(lastLiveDeploy.startedAt, now)} went live{' '}
            {timeAgo(lastLiveDeploy.finishedAt ?? lastLiveDeploy.startedAt, now)}
            {lastLiveDeploy.finishedAt ? ` (${new Date(lastLiveDeploy.finishedAt).toLocaleString()})` : ''}.
          </Text>
        ) : (
          <Text muted>No build has gone live since publishing status was set up.</Text>
        )}
      </Section>
      <Section title="Recent publishes">
        {recent.length === 0 && <Text muted>No publishes recorded yet.</Text>}
        {recent.map(([documentId, publish]) => {
          const {state, label} = documentPublishStatus({documentId, publishedAt: publish.at, revision: publish.rev}, status, now)
          return (
            <Flex key={documentId} gap={3} align="center" wrap="wrap">
              <Badge tone={PUBLISH_TONES[state]}>{label}</Badge>
              <Text size={1}>
                <IntentLink intent="edit" params={{id: documentId, type: publish.type}}>
                  {publish.type} {documentId}
                </IntentLink>{' '}
                published {timeAgo(publish.at, now)}
              </Text>
            </Flex>
          )
        })}
      </Section>
    </>
  )
}

function Section({title, children}: {title: string; children: ReactNode}) {
  return (
    <Stack gap={3}>
      <Heading as="h2" size={1}>
        {title}
      </Heading>
      {children}
    </Stack>
  )
}

function DeployCard({deploy, now}: {deploy: Deploy; now: number}) {
  const {label, tone} = DEPLOY_STATES[deploy.state]
  return (
    <Card padding={3} radius={2} border>
      <Stack gap={3}>
        <Flex gap={3} align="center">
          <Badge tone={tone}>{label}</Badge>
          <Text size={1}>
            Started {timeAgo(deploy.startedAt, now)} ({new Date(deploy.startedAt).toLocaleString()})
            {deploy.finishedAt ? `, ${deploy.state === 'error' ? 'failed' : 'went live'} ${timeAgo(deploy.finishedAt, now)}` : ''}
          </Text>
        </Flex>
        {(deploy.trigger || deploy.commitRef) && (
          <Text muted size={1}>
            {deploy.trigger ?? `Commit ${deploy.commitRef!.slice(0, 7)}`}
          </Text>
        )}
      </Stack>
    </Card>
  )
}

/** A content problem line reads `type id: field: problem`; its document gets a link. */
const PROBLEM_LINE = /^(\S+) (\S+): (.+)$/

function ErrorLines({lines, documentTypes}: {lines: string[]; documentTypes: readonly string[]}) {
  return (
    <Card tone="critical" padding={3} radius={2} border>
      <Stack gap={3}>
        <Text weight="semibold">The site still shows the previous version. Fix these, then publish again:</Text>
        {/* Each line names one problem of one field of one document, so lines do not repeat. */}
        {lines.map((line) => {
          const match = PROBLEM_LINE.exec(line)
          const [, type, id, rest] = match ?? []
          return (
            <Text key={line} size={1}>
              {match && documentTypes.includes(type!) ? (
                <>
                  <IntentLink intent="edit" params={{id: id!, type: type!}}>
                    {type} {id}
                  </IntentLink>
                  : {rest}
                </>
              ) : (
                line
              )}
            </Text>
          )
        })}
      </Stack>
    </Card>
  )
}
