/**
 * Above an inquiry's fields: who it could be paired with (`INQUIRY_MATCHES_QUERY`), as links:
 * open inquiries of the other side, then existing partnerships, in the same city first, then in the
 * same state. Format requests have none.
 */
import {useEffect, useState} from 'react'
import {Box, Card, Stack, Text} from '@sanity/ui'
import {useClient, type ObjectInputProps} from 'sanity'
import {IntentLink} from 'sanity/router'
import {SANITY_API_VERSION, type InquiryKind} from '@onecop/content-model'
import {INQUIRY_MATCHES_QUERY, matchParams, type InquiryMatches as Matches} from './inquiry-matches'

function Place({city, sameCity}: {city?: string; sameCity: boolean}) {
  return <>{sameCity ? ` · same city (${city})` : city ? ` · ${city}, same state` : ' · same state'}</>
}

function InquiryMatches({inquiry}: {inquiry: {kind?: InquiryKind; city?: string; state?: string}}) {
  const client = useClient({apiVersion: SANITY_API_VERSION})
  const {kind, city, state} = inquiry
  const params = matchParams({kind, city, state})
  const [matches, setMatches] = useState<Matches | undefined>()
  useEffect(() => {
    const asked = matchParams({kind, city, state})
    if (!asked) return
    let current = true
    client
      .fetch<Matches>(INQUIRY_MATCHES_QUERY, asked)
      .then((found) => current && setMatches(found))
      .catch(() => current && setMatches({inquiries: [], partnerships: []}))
    return () => {
      current = false
    }
  }, [client, kind, city, state])
  if (!params) return null
  return (
    <Card padding={3} radius={2} tone="primary" border data-testid="inquiry-matches">
      <Stack gap={3}>
        <Text size={1} weight="semibold">
          Possible matches in {params.state}
        </Text>
        {!matches ? (
          <Text size={1}>Looking…</Text>
        ) : matches.inquiries.length + matches.partnerships.length === 0 ? (
          <Text size={1}>No open inquiry from the other side, and no partnership, in this state yet.</Text>
        ) : (
          <Stack as="ul" gap={2}>
            {matches.inquiries.map((match) => (
              <Box as="li" key={match._id}>
                <Text size={1}>
                  <IntentLink intent="edit" params={{id: match._id, type: 'inquiry'}}>
                    {match.organization ?? match.contactName ?? match._id}
                  </IntentLink>
                  {` (${params.otherKind === 'agency' ? 'agency' : 'congregation'} inquiry, ${match.status})`}
                  <Place city={match.city} sameCity={match.sameCity} />
                </Text>
              </Box>
            ))}
            {matches.partnerships.map((match) => (
              <Box as="li" key={match._id}>
                <Text size={1}>
                  <IntentLink intent="edit" params={{id: match._id, type: 'partnership'}}>
                    {match.congregation} · {match.agency}
                  </IntentLink>
                  {' (partnership)'}
                  <Place city={match.city} sameCity={match.sameCity} />
                </Text>
              </Box>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  )
}

/** The inquiry form: its possible matches above its fields. */
export function InquiryForm(props: ObjectInputProps) {
  return (
    <Stack gap={5}>
      <InquiryMatches inquiry={props.value as {kind?: InquiryKind; city?: string; state?: string}} />
      {props.renderDefault(props)}
    </Stack>
  )
}
