/**
 * The English of the pages themselves: home, About, objectives, pillars, events, partners,
 * funders, Get involved, partnerships, 404 and thank-you. Part of `en` (`en.ts`).
 */

export const enPages = {
  home: {
    title: 'Home',
    lead: 'OneCOP brings a congregation of any faith together with the police precinct or beat it stands in. Officers and neighbors meet, talk and work side by side long before a crisis, so that trust is already there when it is needed.',
    program:
      "The program is run by MovementForward, Inc., a nonprofit based in Atlanta. Its work follows the six pillars set out in 2015 by the President's Task Force on 21st Century Policing.",
    startPartnership: 'Start a partnership',
    howItWorks: 'How OneCOP works',
    inNumbers: (site: string) => `${site} in numbers`,
    objectives: 'What OneCOP sets out to do',
    pillars: 'The six pillars',
    comingUp: 'Coming up',
    noEvents: 'No events are scheduled right now.',
    allEvents: 'All events',
    newResources: 'New in the resource library',
    noResources: 'No resources are in the library yet.',
    wholeLibrary: 'The whole library',
    partners: 'Partners',
    allPartners: 'All partners',
    involvedHeading: 'Bring OneCOP to your neighborhood',
    involvedText:
      'Congregations and law-enforcement agencies can both start a partnership. Tell us who you are and we will help with the first steps.',
    getInvolved: 'Get involved',
  },
  /** The program's figures on the home page: "As of November 1, 2026. Source: ...". */
  impact: {asOf: 'As of', source: 'Source:', directory: 'the OneCOP partnership directory'},
  objectives: {
    title: 'Objectives',
    intro: "Each objective serves pillars of the President's Task Force on 21st Century Policing.",
    /** Names the list of an objective's pillars, for screen readers. */
    pillarsServed: (number: number) => `Pillars objective ${number} serves`,
  },
  pillars: {
    title: 'The six pillars',
    description: "The six pillars of the President's Task Force on 21st Century Policing, and how OneCOP follows each.",
    intro:
      "In 2015 the President's Task Force on 21st Century Policing published its final report: 59 recommendations grouped under six pillars. OneCOP's work follows all six.",
  },
  pillar: {
    breadcrumb: 'Pillars',
    /** Before the pillar's other names: "Also called Trust, Legitimacy." */
    alsoCalled: 'Also called',
    keyRecommendations: 'Key recommendations',
    practice: 'How OneCOP applies it',
    resources: 'Resources for this pillar',
    noResources: 'No resources are filed under this pillar yet.',
    allResources: (count: number) => `All ${count} resources for this pillar`,
    events: 'Upcoming events for this pillar',
    /** "No upcoming events for this pillar. See all events." */
    noEvents: 'No upcoming events for this pillar. See',
    allEvents: 'all events',
  },
  partners: {
    title: 'Partners',
    description:
      'The law-enforcement associations, agencies, faith and community organizations, universities and companies that work with OneCOP.',
    intro: 'OneCOP works because organizations on both sides of the badge take part. These are the partners, by kind.',
    since: (year: number) => `Partner since ${year}`,
  },
  funders: {
    title: 'Funders',
    description: 'The foundations, companies and public programs whose support makes OneCOP possible.',
    intro: 'We thank the funders who support OneCOP. Some prefer not to be named; they are thanked here all the same.',
    /** "2024–2026", or "2024 to date" for support that has no end yet. */
    period: (start: string, end: string | null) => (end ? `${start}–${end}` : `${start} to date`),
  },
  getInvolved: {
    congregation: {
      title: 'For congregations',
      intro: 'Tell us about your congregation and we will help you reach the precinct you stand in.',
      organization: 'Congregation name',
      role: 'Your role (for example pastor, imam, rabbi, member)',
    },
    agency: {
      title: 'For law-enforcement agencies',
      intro: 'Tell us about your agency and we will help you find congregations in your precincts.',
      organization: 'Agency name',
      role: 'Your rank or role',
    },
    requiredFields: 'Fields marked “required” must be filled in.',
    /** The label of the field only spam robots fill in (hidden from people). */
    honeypot: 'Leave this empty:',
    name: 'Your name',
    email: 'Email',
    emailHint: 'We reply to this address, for example name@example.org.',
    city: 'City',
    state: 'State',
    /** The state list's first choice, before one is chosen. */
    chooseState: 'Choose a state',
    message: 'Anything we should know',
    /** Under the consent questions: what an unanswered question means. */
    consentHint: 'Leave a question unanswered and we will ask you before sharing or listing anything.',
    yes: 'Yes',
    no: 'No',
    send: 'Send',
  },
  /** After the label of a field that must be filled in, in brackets. */
  required: 'required',
  events: {
    title: 'Events',
    description: 'Briefings, trainings, forums and appreciation events where congregations and officers meet.',
    introBefore: "Times are shown in each event's own time zone. Subscribe to",
    calendarLink: 'the calendar of upcoming events',
    introAfter: 'to see them in yours.',
    upcoming: 'Upcoming',
    noUpcoming: 'No events are scheduled right now. Check back soon.',
    past: 'Past',
    noPast: 'No past events yet.',
    /** The filter by state: its name, and the link to every event. */
    byState: 'Events by state',
    everywhere: 'Everywhere',
    stateTitle: (state: string) => `Events in ${state}`,
    stateDescription: (state: string) =>
      `OneCOP events in ${state}: briefings, trainings and forums where congregations and officers meet.`,
  },
  event: {
    breadcrumb: 'Events',
    /** Where an event with no venue takes place, in its card and in calendars. */
    online: 'Online',
    onlineAt: (url: string) => `Online: ${url}`,
    date: 'Date',
    /** After the date of an event that has ended, in brackets. */
    pastEvent: 'past event',
    time: 'Time',
    allDay: (zone: string) => `All day (${zone})`,
    place: 'Place',
    joinOnline: 'Join online',
    hostedBy: 'Hosted by',
    pillars: 'Pillars',
    accessibility: 'Accessibility',
    register: 'Register',
    /** "Register for <event>", read by screen readers. */
    registerFor: 'for',
    addToCalendar: 'Add to calendar',
    watchRecording: 'Watch the recording',
    /** "Watch the recording of <event>", read by screen readers. */
    recordingOf: 'of',
    openMap: 'Open the map',
    /** "Open the map for <venue>", read by screen readers. */
    mapFor: 'for',
    /** "This event is cancelled", from the status's label. */
    statusHeading: (status: string) => `This event is ${status.toLowerCase()}`,
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for is not here.',
    textBefore: 'The page may have moved, or the address may have a typo. Try the',
    homePage: 'home page',
    library: 'resource library',
    textAfter: 'or a search:',
    searchLabel: 'Page not found',
  },
  thankYou: {
    title: 'Thank you',
    description: 'Your message reached the OneCOP team.',
    text: 'Your message reached the OneCOP team. We read every one and will reply by email, usually within a week.',
    libraryBefore: 'In the meantime, the',
    library: 'resource library',
    libraryAfter: 'has guides for getting started.',
  },
  partnerships: {
    title: 'Partnerships',
    description: 'Every OneCOP pairing of a congregation and its police precinct, by state: find one near you.',
    intro: "Each OneCOP partnership pairs one congregation with the precinct, sheriff's district or agency that serves it.",
    nouns: {
      partnership: {one: 'partnership', other: 'partnerships'},
      state: {one: 'state', other: 'states'},
      city: {one: 'city', other: 'cities'},
    },
    mapLabel: 'Partnerships by state',
    listHeading: 'By state',
    listIntro: 'Choose your state to see its partnerships, or to start the first one there.',
    /** "Find one near you": the cities with partnerships that match what the visitor types. `{count}`, `{shown}`, `{place}` are filled in by the page's script. */
    nearYou: {
      heading: 'Find one near you',
      intro: 'Type your city or state to see where OneCOP partnerships meet near you.',
      fieldLabel: 'Your city or state',
      fieldHint: 'For example: Atlanta, Georgia, or Portland, OR',
      find: 'Find',
      found: {one: '{count} city matches.', other: '{count} cities match.'},
      more: 'The first {shown} are listed: type more of the name to narrow them.',
      none: 'There is no OneCOP partnership in {place} yet.',
      failed: 'The list of places did not load. Choose your state below instead.',
    },
    stateTitle: (state: string) => `Partnerships in ${state}`,
    stateDescription: (state: string) => `OneCOP partnerships between congregations and police in ${state}.`,
    citiesHeading: 'Cities',
    /** A city's heading on the page after the one where its list began. */
    cityContinued: (city: string) => `${city} (continued)`,
    /** The label of the navigation between a state's pages. */
    statePagesLabel: (state: string) => `Pages of partnerships in ${state}`,
    noneInState: (state: string) => `There is no OneCOP partnership in ${state} yet.`,
    startOne: 'Start the first one',
    startOneText: 'Tell us about your congregation or agency, and we will help you find your partner.',
    allStates: 'All states',
    with: 'with',
    facts: {
      status: 'Status',
      launched: 'Launched',
      faith: 'Faith tradition',
      congregation: 'Congregation',
      lawEnforcement: 'Law enforcement',
      liaisons: 'Liaisons',
      website: 'Website',
      contact: 'Contact',
    },
    story: 'Their story',
    photos: 'Photos',
    events: 'Events',
    noEvents: 'No events of this partnership are on the calendar.',
    resources: 'Resources they use',
  },
}

/** The shape every language's page strings have. */
export type DictionaryPages = typeof enPages
