/**
 * "Start a partnership", on a congregation's or an agency's inquiry: choose an open inquiry of the
 * other side in the same state (same city first), and a draft partnership is made from both
 * (`partnershipFromInquiries`: names, places, contacts, consent as far as their answers reach),
 * both inquiries are marked matched and point at it, and the draft opens.
 */
import {useState} from 'react'
import {Box, Button, Stack, Text} from '@sanity/ui'
import {LinkIcon} from '@sanity/icons/Link'
import {useClient, useCurrentUser, type DocumentActionComponent} from 'sanity'
import {useRouter} from 'sanity/router'
import {SANITY_API_VERSION, partnershipFromInquiries, type StoredInquiry} from '@onecop/content-model'
import {INQUIRY_MATCHES_QUERY, matchParams, type InquiryMatches} from './inquiry-matches'

/** Today in the editor's calendar, as a consent's "recorded on" date. */
const today = () => new Date().toLocaleDateString('en-CA')

export const StartPartnershipAction: DocumentActionComponent = (props) => {
  const client = useClient({apiVersion: SANITY_API_VERSION})
  const user = useCurrentUser()
  const router = useRouter()
  const [choices, setChoices] = useState<InquiryMatches['inquiries'] | undefined>()
  const [busy, setBusy] = useState(false)
  const inquiry = (props.draft ?? props.published) as (StoredInquiry & {status?: string}) | null
  const params = inquiry ? matchParams(inquiry) : undefined
  if (!inquiry || !params || inquiry.status === 'matched' || inquiry.status === 'closed') return null

  async function start(otherId: string) {
    setBusy(true)
    try {
      const other = await client.getDocument<StoredInquiry>(otherId)
      if (!other) throw new Error(`${otherId} is gone`)
      const [congregation, agency] = inquiry!.kind === 'congregation' ? [inquiry!, other] : [other, inquiry!]
      const partnership = partnershipFromInquiries(congregation, agency, {recordedBy: user?.name ?? 'an editor', recordedOn: today()})
      const id = `partnership-${crypto.randomUUID()}`
      const reference = {_type: 'reference', _ref: id, _weak: true}
      // The inquiries' drafts, where an editor has one open, are marked too, or publishing them would undo it.
      const inquiryIds = [props.id, otherId]
      const drafts = await client.fetch<string[]>('*[_id in $ids]._id', {ids: inquiryIds.map((one) => `drafts.${one}`)})
      const transaction = client.transaction().create({...partnership, _id: `drafts.${id}`})
      for (const one of [...inquiryIds, ...drafts])
        transaction.patch(one, (patch) => patch.set({status: 'matched', partnership: reference}))
      await transaction.commit()
      props.onComplete()
      router.navigateIntent('edit', {id, type: 'partnership'})
    } finally {
      setBusy(false)
    }
  }

  return {
    label: 'Start a partnership',
    icon: LinkIcon,
    disabled: busy,
    onHandle: () => {
      client
        .fetch<InquiryMatches>(INQUIRY_MATCHES_QUERY, params)
        .then((found) => setChoices(found.inquiries))
        .catch(() => setChoices([]))
    },
    dialog: choices && {
      type: 'dialog',
      header: `Start a partnership with ${params.otherKind === 'agency' ? 'an agency' : 'a congregation'} in ${params.state}`,
      onClose: () => setChoices(undefined),
      content:
        choices.length === 0 ? (
          <Text size={1}>No open inquiry from the other side in {params.state} yet.</Text>
        ) : (
          <Stack gap={3}>
            <Text size={1} muted>
              A draft partnership is made from both inquiries, with their consent as far as their answers reach, and both are marked
              matched.
            </Text>
            {choices.map((choice) => (
              <Box key={choice._id}>
                <Button
                  mode="ghost"
                  disabled={busy}
                  text={`${choice.organization ?? choice.contactName} · ${choice.city ?? ''}${choice.sameCity ? ' (same city)' : ''}`}
                  onClick={() => void start(choice._id)}
                />
              </Box>
            ))}
          </Stack>
        ),
    },
  }
}
