/**
 * Our own list of 2048 words for recovery keys and key fingerprints (11 bits per word).
 * Written for this project, grouped by everyday themes (animals, food, nature, home, play...)
 * then sorted. Rules, checked in wordlist.test.ts: 3–8 lowercase ASCII letters, unique in the
 * first 4 letters (so 4 typed letters are enough), no UK/US spelling variants, no
 * homophone pairs, nothing rude, religious or frightening. Changing this list breaks every
 * printed recovery sheet: never edit it, add a new versioned list instead.
 */
const WORDS = `
abacus ability absolute accent account acorn acre acrobat active actor add address adjust admire
adopt adorn adult advice aerial afloat agenda agile agree airport airship aisle alarm album alcove
alley allow almond alphabet alpine amaze amber ample anchor ancient angle animal ankle annual anorak
answer ant antenna anthem apple apricot apron aqua arc arcade archery area aroma arrange arrive
arrow artful artist artwork ascend ashore ask asleep assemble atlas atom attach attend attic august
aunt aurora author autumn avenue average avocado awake award axis azure baby backpack badger bag
bagel baggage bake balance balcony ball balmy bamboo banana band banjo bank banner banquet barber
barefoot bargain barley barn barrel baseball basil basket bat bath battery bay beach bead beaker
beam bean beard beauty bed bedtime bee beetle begin bell beloved belt bench bend beret berry best
bicycle big bike binary binder birch bird birthday biscuit bison black blanket blazer blender blink
blizzard blocks bloom blossom blouse blow bluebell boar boast boat bobcat bold bolt bonfire bongo
bonnet bonsai bonus bookcase boot border borrow bottle boulder bounce bowl box boxing brain branch
brass brave bread breeze brick bridge brief brighten bring brisk broad bronze brook broth brownie
brush bubble bucket buddy buffalo buggy bugle build bulb bull bumpy bun bunch bundle bunny burrow
bus bush busy butler butter buzz cabbage cabin cable cactus cadet cafe cake calendar calf call calm
camel camp canary candy cane canopy canvas canyon cap capsule capture car caramel card careful cargo
carnival carousel carpet carrot carton cascade cashew castle casual cat catch cave cedar celery
central cereal certain chair chalk chamber change chapter charming chase chat check cheetah chef
chemist cherry chest chew chick chilly chimney chin chirp chive choice choose chop chorus chrome
cinema circuit citizen citrus city clam clap clarinet classic clay clean clerk clever cliff climb
clinic clipper cloak clock close cloth cloud clover club clue cluster coach coal coast coat cobalt
cobra cocoa code coin cold collect colony column comb comet comfort comic common compose concert
condor cone connect convoy cookie cooler copper copy coral cord corn corridor cosmos costume cottage
couch count courier cousin cover cow cowboy crab cradle crafty crane crater crawl crayon cream creek
crest crew crib cricket crimson crisp crow crucial crumble crunch crust crystal cube cuckoo cuddle
cuff culture cumin cup cupcake curious curly curry curtain curve cushion custard cute cyan cycle
cylinder dad daffodil daily dainty dairy daisy damp dance dapper dark darts data dates dawn day
dazzling debut decade decent decide deck deep deer degree deliver delta den denim dense dentist
depot deputy describe desert design desk detail device dew dial diamond diary diet dig digest digit
dignity dimple dinner dinosaur diploma direct discover dish disk distant diver divide dizzy dock
doctor dog doll dolphin dome domino donkey donut doodle door dot double dough dove downpour dozen
dragon drama drawer dream drift drink drip drive drizzle drop drought drowsy drum dry duck dumpling
dune dusk dust duty duvet eager eagle ear early earn earth easel easy eat echo eclipse edge editor
eel effect effort egg egret eight elbow elder elegant element eleven elk embassy embrace emerald
empathy empire empty emu encore endless endure energy engineer engrave enjoy enter entry envelope
episode equal eraser errand escape evening evolve exact exam exhibit exit expert explore extra eye
eyebrow fable fabric face factory fade fair falafel falcon fame family famous fan fancy farmer
fasten father faucet fawn feast feather february felt fence fern ferret fertile festive fetch fiddle
fidget field fiesta fifteen fig figure fill film finale finch find fine finger finish firefly firm
fish five fix flag flamingo flannel flask flat fleece flick flight flint flip float flock floor
florist flower fluent fluffy fluid flurry flutter fly foal foam focus fog folder follow fond food
foot forest forgive fork formal forty forum forward fossil fountain four fox fraction fragrant frame
frank freckle free fresh friday friendly fringe frog frolic frost frozen fruit fudge fuel full fun
funnel fusion future fuzzy gadget galaxy gale gallop game garage garden garlic garnet gate gather
gauze gazelle gear gecko gem generous genius gentle genuine geology gerbil gesture giant gifted
giggle ginger giraffe girl give glacier glad glance glass glide glimpse glitter globe glory glossy
glove glow glue goal goat goblet goggles goldfish golf gondola gong good goose gopher gorge gorilla
gown grab graceful grain grammar grand grape grass grateful gravy great greet grid grin grocer
groove grove grow guardian guava guess guide guitar gulf gull gust gym habit hail hair half hallway
halo hamlet hammer hamper hamster handy hanger happy hardy harmony harness harp harvest hat hatch
haven hawk hay hazard hazelnut head health heap hearty heather heavy hedgehog heel hello helmet help
hen herb hermit heron hexagon hiccup hidden hide highway hike hill hinge hint hip hippo history hive
hobby hockey hoist hold holiday hollow homework honey hoodie hook hoop hop hopeful horizon hornet
horse hose hospital host hotel hound house hover hub hug huge hula hum humble humid hummus hundred
hungry hurry husky hyena ice iceberg icing icon icy ideal igloo iguana image improve inch include
income index indigo infant ink inn inner insect insight inspire instant invent invite iron island
item ivory ivy jackal jade jaguar jam jamboree january jar jasmine javelin jay jazz jeep jelly
jersey jester jet jetty jewel jigsaw jingle job jog join joke jolly jolt journal jovial joy joyful
jubilee judge judo jug juggle juice july jump june jungle justice kale kangaroo karate kayak kazoo
kebab keen keep kernel ketchup kettle key keyring kick kid kilt kimono kind king kit kitchen kite
kitten kiwi koala lab label lace ladder ladle ladybird lagoon lake lamb lamp land lane lantern
laptop large lark laser lasso latch late laugh launch lava lavender lavish lawn lawyer layer lazy
leader leaf lean leap learn leather ledge leek leg legal legend leggings leisure lemon lemur lend
lens lentil leopard lesson lettuce level liberty library lichen lid life lift light like lilac lily
lime limit linen linger link lion liquid listen little lively lizard llama load lobby lobster locate
lock locust lodge lofty log logic lonely long look loop lorry lotus loud love low loyal lucky
luggage lullaby lunar lunchbox lynx lyric macaw machine magic magnolia magpie major mammoth manatee
mandolin mango manner manor many map maple marathon marble march marina market maroon marsh marvel
mascot mask mason mat match matrix mattress mayor maze meadow meal measure meerkat mellow melon melt
member memory mend mention menu mercy mermaid merry mesh message metal meteor method micro middle
mighty mild mile milk mill mind mineral mingle minibus mink minnow minor mint minute mirror mission
mist mitten mix mobile modern moist mole molten moment monarch monday monkey monsoon month monument
moon moose mop moped moral morning mosaic moss motel moth motor mountain mouse move mower mud muddy
muesli muffin mug mulberry mule munch mural muscle museum musical mustard mutual mystery nail name
nanny nap napkin narrow natural navy near neat nebula neck nectar needle nephew nest net netball
nettle network new news newt nibble nice nickname niece night nimble nine noble nod noise noodle
noon normal north nose nostril note notice novel nozzle nudge nugget number nurse nut nutmeg
nutshell nylon oak oasis oat oath oatmeal object observe obtain ocean octagon octopus odd offer
office oil old olive omega one onion opal open opera option orange orbit orca orchid order organ
origin ostrich otter ounce outing outlet outpost oval oven overall owl owner oxygen oyster pack pad
paddle padlock page paint palace palette palm pan pancake panda panther papaya paper paprika
parallel parcel park parrot parsley partner pass pasta patch path patient pattern pause pavement
pavilion peacock peak peanut pearl pebble pecan peel pelican pen pencil penguin pennant people
pepper percent perform period pesto pet petal pheasant phrase piano piccolo pickle picnic picture
pie piece pigeon pillow pilot pin pinball pinch pine pink pinwheel pioneer piston pitch pixel pixie
pizza planet plaster plate play plaza please plenty plug plum plunge plus pocket podium poem poet
point polar polish pollen poncho pond pony poodle pool pop popcorn poppy popular porch porridge
portrait possum post posy potato potion potter pouch pour powder prairie precise prepare present
pretzel pride prime print prism private prize problem project promise protect proud prune pudding
puffin pull puma pumpkin pup pupil puppy pure purple purse push puzzle pyramid python quack quail
quantum quarry queen quench question quiche quiet quilt quiver quiz quota rabbit raccoon race radar
radish raft rail rain raisin rake rally ram ranch random ranger rapid rare ratio rattle raven
ravioli ray reach real reason receive recite recorder red reef regal region reindeer relax remember
remix rent repair reply reptile rescue resort respect rest return reunion reward ribbon rice rich
riddle ride ridge rigid ring rinse ripe ripple risotto rival river road roam robe robin robot robust
rock rodeo roll rooftop room rooster root rope rose roster rosy rotor rough round route row rowing
royal rub rubber ruby rug rugby rugged ruler rumble run runway rural rush rusty saddle safari safe
sail salad salmon salsa salt sample sand sapling sapphire sardine satchel satin saturday sauce save
say scamper scarf scatter scene scheme school science scissors scone scoop scout screen scribble sea
seahorse seal search season seat second secret section seed seek seesaw segment select send sense
sentence serene series sesame settle seven shade shake shape shark shawl shed sheep shelf sheriff
shimmer shine ship shirt shoe shop shore shout shovel shower shrimp shrub shuffle shy sibling side
sift signal silent silky silo silver simmer simple sincere sing sink sip siren sister sit six sixty
size sizzle skater sketch ski skiing skill skin skip skirt skunk sky skylark slate sled sleet sleigh
slender slice slide slim slipper slogan sloth slow slumber small smart smell smile smooth smudge
snack snail snake snap sneaker sneeze sniff snooker snorkel snow snuggle soar soccer social sock
soda sofa soft soil solid solo solve sombrero song sorbet sort soup source spa sparrow spatula speak
special speedy spell sphere spicy spider spinach splash splendid spoke sponge spoon spotless spring
sprout spruce spy squash squeeze squid stable stack stadium stage stairs stalk stamp stand staple
starling station stay steady steer stem stencil step stereo stew sticky stir stitch stone stool stop
stork strand stream string stroll study sturdy style subject suburb subway sudden sugar suitcase sum
summer sun sunbeam sunday sunlit sunny sunrise sunshine super support supreme sure surf surgeon
surprise sushi swallow swamp swan swap sweater sweep swift swim swing swirl switch syllable symbol
syrup system tabby table taco tadpole tag tailor talent talk tall talon tan tandem tango tank tap
tapestry target task tassel taste taxi tea teach teal team teapot teddy tempo ten tenant tender
tennis tent term terrace textbook thank theme theory thimble think thirty thistle thousand thread
thrifty throw thumb thunder thursday tiara ticket tide tidy tiger tights tile timber timely tin
tinsel tiny tip tiptoe toad toast today toe toffee tofu token tomato tomorrow tonight tooth top
topaz topic topsoil torch tornado torrent tortoise toss total toucan tough tourist towel town toy
trace trade train tram tranquil travel tray treetop trek tremble trend triangle tricycle trinket
triumph trolley tropical trout truck true truffle trumpet trunk trust truth try tub tuba tube tuck
tuesday tug tugboat tulip tumbler tundra tune tunic tunnel turbine turkey turnip turret turtle tutor
tuxedo tweed twelve twenty twig twinkle twirl two type typhoon typical ultra umbrella umpire uncle
unfold unicycle uniform unique unite universe unpack untie unwrap upbeat update upright urban use
useful utensil vacation valid valley value valve van vanilla vase vast vault vector velvet venue
veranda verdict verse vessel vest vet vibrant victory view village vine vintage violet viper visit
visor visual vital vivid vocal voice volcano vole volley voltage volume vote vowel voyage waddle
wade wafer waffle wagon wait wake walk wallet walnut walrus wander warbler warden warm wash wasp
watch wave wavy wax wealthy weasel weave weekly welcome welfare west wet wetland whale wheat wheel
whirl whistle white wicker wide widget width wiggle wild willow win wind wing wink winter wire
wisdom wise wish wit witty wizard wobble wok wolf woman wombat wonder wooden wool word workbook
world worm worthy yak yard yarn yawn yearly yell yield yodel yoga young youth yoyo zany zebra zesty
zigzag zinc zipper zone zoo zoom
`;

export const WORDLIST: readonly string[] = Object.freeze(WORDS.trim().split(/\s+/));
