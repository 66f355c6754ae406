import { Component, type ComponentChildren } from 'preact';
import { lazy, LocationProvider, Route, Router } from 'preact-iso';
import { Header } from './shell/Header';
import { UpdatePrompt } from './shell/UpdatePrompt';
import { ErrorScreen, NotFound } from './shell/ErrorScreen';
import { LiveRegion } from './shell/LiveRegion';
import { LaunchedFiles } from './shell/LaunchedFiles';
import { FocusOnNavigate } from './shell/FocusOnNavigate';
import { guarded, Start, translated } from './shell/Guards';
import { LanguageScreen } from './language/LanguageScreen';
import { WelcomeScreen } from './welcome/WelcomeScreen';
import { AboutScreen } from './about/AboutScreen';

class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    console.error('ErrorBoundary:', error);
    this.setState({ failed: true });
  }
  override render() {
    return this.state.failed ? <ErrorScreen /> : this.props.children;
  }
}

// Everything past the first screens is its own chunk: the vault, crypto and Dexie
// load after the language screen has painted.
const SettingsScreen = lazy(() => import('./settings/SettingsScreen').then((m) => m.SettingsScreen));
const SetupScreen = lazy(() => import('./setup/SetupScreen').then((m) => m.SetupScreen));
const ResumeSetupScreen = lazy(() => import('./setup/ResumeSetupScreen').then((m) => m.ResumeSetupScreen));
const UnlockScreen = lazy(() => import('./unlock/UnlockScreen').then((m) => m.UnlockScreen));
const RecoverScreen = lazy(() => import('./unlock/RecoverScreen').then((m) => m.RecoverScreen));
const NewPassphraseScreen = lazy(() => import('./unlock/NewPassphraseScreen').then((m) => m.NewPassphraseScreen));
const HomeScreen = lazy(() => import('./home/HomeScreen').then((m) => m.HomeScreen));
const ChildRoutes = lazy(() => import('./child/ChildRoutes').then((m) => m.ChildRoutes));
const ShareScreen = lazy(() => import('./share/ShareScreen').then((m) => m.ShareScreen));
const TeamScreen = lazy(() => import('./team/TeamScreen').then((m) => m.TeamScreen));
const ContactCardScreen = lazy(() => import('./identity/ContactCardScreen').then((m) => m.ContactCardScreen));
const ScanScreen = lazy(() => import('./scan/ScanScreen').then((m) => m.ScanScreen));
const ReceivedScreen = lazy(() => import('./received/ReceivedScreen').then((m) => m.ReceivedScreen));
const GrantsScreen = lazy(() => import('./consent/GrantsScreen').then((m) => m.GrantsScreen));
const OneTapShare = lazy(() => import('./consent/OneTapShare').then((m) => m.OneTapShare));
const ConsentRecordScreen = lazy(() => import('./consent/ConsentRecordScreen').then((m) => m.ConsentRecordScreen));
const RestoreScreen = lazy(() => import('./backup/RestoreScreen').then((m) => m.RestoreScreen));
const InboxScreen = lazy(() => import('./inbox/InboxScreen').then((m) => m.InboxScreen));
const WriteBackScreen = lazy(() => import('./inbox/WriteBackScreen').then((m) => m.WriteBackScreen));
const OpenFileScreen = lazy(() => import('./open/OpenFileScreen').then((m) => m.OpenFileScreen));
const OpenShareScreen = lazy(() => import('./received/OpenShareScreen').then((m) => m.OpenShareScreen));

const Settings = translated(SettingsScreen);
const OpenShare = translated(OpenShareScreen);
const OpenFile = translated(OpenFileScreen);
const Setup = guarded(SetupScreen, ['none', 'unknown']);
const Restore = guarded(RestoreScreen, ['none']);
const RestoreHere = guarded(RestoreScreen, ['unlocked']);
const ResumeSetup = guarded(ResumeSetupScreen, ['setup-incomplete']);
const Unlock = guarded(UnlockScreen, ['locked']);
const Recover = guarded(RecoverScreen, ['locked']);
const NewPassphrase = guarded(NewPassphraseScreen, ['unlocked']);
const Home = guarded(HomeScreen, ['unlocked']);
const Child = guarded(ChildRoutes, ['unlocked']);
const Share = guarded(ShareScreen, ['unlocked']);
const Team = guarded(TeamScreen, ['unlocked']);
const Grants = guarded(GrantsScreen, ['unlocked']);
const ShareToMember = guarded(OneTapShare, ['unlocked']);
const ConsentRecord = guarded(ConsentRecordScreen, ['unlocked']);
const ContactCard = guarded(ContactCardScreen, ['unlocked']);
const Scan = guarded(ScanScreen, ['unlocked']);
const Received = guarded(ReceivedScreen, ['unlocked']);
const Inbox = guarded(InboxScreen, ['unlocked']);
const WriteBack = guarded(WriteBackScreen, ['unlocked']);

export function App() {
  return (
    <LocationProvider>
      <Header />
      <FocusOnNavigate />
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={Start} />
            <Route path="/language" component={LanguageScreen} />
            <Route path="/welcome" component={WelcomeScreen} />
            <Route path="/setup" component={Setup} />
            <Route path="/restore" component={Restore} />
            <Route path="/restore/here" component={RestoreHere} />
            <Route path="/setup/resume" component={ResumeSetup} />
            <Route path="/unlock" component={Unlock} />
            <Route path="/recover" component={Recover} />
            <Route path="/new-passphrase" component={NewPassphrase} />
            <Route path="/home" component={Home} />
            <Route path="/child/:id/:section?/:sub?" component={Child} />
            <Route path="/share/:childId/to/:memberId" component={ShareToMember} />
            <Route path="/share/:childId?" component={Share} />
            <Route path="/grants/:childId?" component={Grants} />
            <Route path="/consent" component={ConsentRecord} />
            <Route path="/team" component={Team} />
            <Route path="/contact" component={ContactCard} />
            <Route path="/scan" component={Scan} />
            <Route path="/received/:id?" component={Received} />
            <Route path="/write/:id" component={WriteBack} />
            <Route path="/inbox" component={Inbox} />
            {/* An open share opened from a URL: readable without the app set up. */}
            <Route path="/open" component={OpenShare} />
            <Route path="/open-file" component={OpenFile} />
            <Route path="/settings" component={Settings} />
            <Route path="/about" component={AboutScreen} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <LiveRegion />
      <LaunchedFiles />
    </LocationProvider>
  );
}
