// Phrase pools for demo observations. Sentences are combined at random, so 5,000 entries still
// read differently. `{name}` is the child's preferred name. All written for this project.
import type { DevelopmentArea } from '../record/sections';

export const SETTINGS = [
  'This morning', 'Earlier today', 'Yesterday afternoon', 'After lunch today', 'This evening',
  'On Saturday', 'On Sunday', 'Just before his nap', 'After nursery today', 'Late this afternoon',
  'First thing after breakfast', 'Over the weekend',
];

export const OPENINGS: Readonly<Record<DevelopmentArea, readonly string[]>> = {
  communication: [
    '{name} pointed at the window and said "bu" for bus, looking straight at me to check I had seen it.',
    '{name} used the Makaton sign for "more" three times without any prompting and waited for me to answer.',
    '{name} brought me his shoes and said "out" clearly, which is a new word this week.',
    '{name} listened to the whole of the bear story with his hearing aids in and joined in with "oh no".',
    '{name} copied the animal noises in the farm book and made the cow sound before I did.',
    '{name} chose the picture card for juice from his board and handed it to me.',
    '{name} turned round when I called his name from the kitchen, even with the tap running.',
    '{name} put two words together: "daddy car". He was very pleased with himself.',
    '{name} tried to sing along with the "Wheels on the Bus" actions and got the wipers right.',
    '{name} said "no" and shook his head when I offered him the red cup instead of the blue one.',
  ],
  physical: [
    '{name} climbed to the top of the small slide by himself and came down on his tummy.',
    '{name} kicked the big ball to his cousin and ran after it without falling over.',
    '{name} built a tower of five bricks before knocking it down and laughing.',
    '{name} held the crayon in his fist and made round scribbles he called "sun".',
    '{name} walked up the stairs holding the rail, one step at a time, all the way up.',
    '{name} ate most of his pasta with the spoon today and only needed help at the end.',
    '{name} pulled his socks off and tried hard to put one back on.',
    '{name} jumped with both feet off the floor on the trampoline at soft play.',
    '{name} threaded three big beads on the string while sitting at the table.',
    '{name} pedalled the trike for a few turns before he went back to pushing with his feet.',
  ],
  pse: [
    '{name} gave his little sister her dummy when she was crying, and stroked her head.',
    '{name} waved goodbye to me at nursery and went straight to the sand tray today.',
    '{name} waited for his turn on the swing when the nursery worker showed him the sand timer.',
    '{name} had a big tantrum when we had to leave the park, but calmed down with his blanket.',
    '{name} played alongside another boy with the cars for about ten minutes.',
    '{name} helped to put the toys back in the box when the tidy-up song started.',
    '{name} was shy with the new audiologist at first but gave her a high five at the end.',
    '{name} looked very proud when he put his own coat on and showed everyone.',
    '{name} got upset at the loud hand dryer in the toilets and needed a long cuddle.',
    '{name} shared his raisins with his cousin without being asked.',
  ],
};

export const DETAILS = [
  'It took a little while, but he kept trying and did not give up.',
  'He did it again later when his dad came home, so it was not a one-off.',
  'He seemed to enjoy the attention and clapped for himself afterwards.',
  'We had been practising this with the ideas the speech therapist left us.',
  'His hearing aids had new batteries, which always seems to help.',
  'He was tired by then, so I was surprised how well it went.',
  'His sister watched the whole time and giggled at him.',
  'The nursery key person said she has seen the same thing this week.',
  'It was noisy around us, which usually makes things harder for him.',
  'I gave him plenty of time and did not jump in to help.',
  'He looked at my face a lot, I think he was lip-reading as well as listening.',
  'Afterwards he wanted to do it over and over again.',
];

export const REFLECTIONS = [
  'I want to remember this for the next review with the speech and language therapist.',
  'This is something I have been hoping to see for a long time.',
  'I am not sure if this is normal for his age, so I will ask the health visitor.',
  'I will show this to the Portage worker when she comes on Thursday.',
  'It is small, but it made our whole day.',
  'I am a bit worried he still gets so upset by noise, it seems to be getting worse.',
  'His grandmother said his father was the same at this age.',
  'I have taken a photo so the nursery can see it too.',
  'We will keep trying this at home every day this week.',
  'Next time I will try giving him a choice of two instead of asking an open question.',
];

export const FOLLOW_UPS = [
  'Plan: keep using the signs at mealtimes and model single words clearly.',
  'Plan: give him a five-minute warning before we leave places, with the picture card.',
  'Plan: make sure the radio aid is charged before nursery each morning.',
  'Plan: more outdoor play to practise climbing and balance.',
  'Plan: ask the audiologist whether the new moulds are fitting properly.',
  'Plan: read the same picture book each night this week and pause for him to fill in words.',
  'Plan: try the visual timetable for the morning routine.',
  'Plan: keep a note of how often this happens before the next appointment.',
];

/** A few observations are written in Urdu, the family's other home language. */
export const URDU_OBSERVATIONS = [
  '{name} نے آج پہلی بار خود سے "پانی" کہا اور گلاس کی طرف اشارہ کیا۔ ہم سب بہت خوش ہوئے۔ نانی نے کہا کہ وہ روز اس سے بات کرتی رہیں گی۔',
  '{name} پارک میں بڑے بچوں کے ساتھ کھیلنا چاہتا تھا مگر شور کی وجہ سے رونے لگا۔ کان کے آلے لگا کر وہ تھوڑا پرسکون ہوا۔',
  '{name} نے اپنی بہن کو کھلونا دیا اور اس کے ساتھ ہنستا رہا۔ یہ دیکھ کر بہت اچھا لگا کہ وہ اس کا خیال رکھتا ہے۔',
  '{name} نے آج سیڑھیاں خود چڑھیں اور اوپر پہنچ کر تالیاں بجائیں۔ اب وہ ہر چیز خود کرنا چاہتا ہے۔',
];

export const PRIVATE_NOTES = [
  'Feeling exhausted this week. Four appointments and nobody seems to talk to each other. Need to ask the key worker for help with the diary.',
  'Had a long cry after the hearing clinic. I keep wondering if I missed the signs earlier. Talked to my sister and felt better.',
  'Money is tight this month with all the bus fares to the hospital. Ask the family hub about travel costs.',
  'Questions for the paediatrician that I do not want to forget, and do not want on the shared record yet.',
];

export const SENSITIVE_OBSERVATION =
  '{name} has been waking several times a night and is very unsettled since his dad moved out. I have told nursery but I only want the health visitor to see this note if I choose to show it.';

/** Short notes about the baby sister, born at 33 weeks. */
export const BABY_OBSERVATIONS: readonly { area: DevelopmentArea; text: string }[] = [
  { area: 'pse', text: '{name} gave me her first proper smile during the early morning feed. I nearly cried.' },
  { area: 'physical', text: '{name} held her head up for a few seconds during tummy time on the play mat today.' },
  { area: 'communication', text: '{name} turned towards her brother when he shouted, and cooed back at him.' },
  { area: 'physical', text: '{name} reached for the rattle and got hold of it, then put it straight in her mouth.' },
  { area: 'pse', text: '{name} settled much faster tonight when I held her skin to skin, like the neonatal nurses showed us.' },
  { area: 'communication', text: '{name} laughed out loud when her brother played peekaboo behind the sofa.' },
  { area: 'physical', text: '{name} rolled from her tummy onto her back for the first time. The physio will be pleased.' },
  { area: 'pse', text: '{name} watches my face all the time when I talk to her in Urdu.' },
];

/** Background sentences that set the scene, as parents often do. */
export const CONTEXTS = [
  'He had slept badly the night before and had breakfast late, so I was not expecting much from him today.',
  'His cousins were visiting for the weekend, so the house was busier and louder than usual.',
  'We had just come back from a long hospital appointment and he had been sitting still for most of the morning.',
  'It was the first dry day in a week, so we had been outside for a good hour before this happened.',
  'He has had a cold all week and his ears seemed blocked, so his hearing aids were whistling a lot.',
  'This was straight after his nap, which is usually when he is at his happiest and most chatty.',
  'His dad was doing the bedtime routine tonight, which he does not often get to do in the week.',
  'Nursery had told me that he had a quiet day and had spent a long time in the book corner.',
];
