import { Component, type ComponentChildren } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { Header } from './shell/Header';
import { UpdatePrompt } from './shell/UpdatePrompt';
import { ErrorScreen, NotFound } from './shell/ErrorScreen';
import { LiveRegion } from './shell/LiveRegion';
import { guarded, Start } from './shell/Guards';
import { LanguageScreen } from './language/LanguageScreen';
import { WelcomeScreen } from './welcome/WelcomeScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { AboutScreen } from './about/AboutScreen';
import { SetupScreen } from './setup/SetupScreen';
import { ResumeSetupScreen } from './setup/ResumeSetupScreen';
import { UnlockScreen } from './unlock/UnlockScreen';
import { RecoverScreen } from './unlock/RecoverScreen';
import { NewPassphraseScreen } from './unlock/NewPassphraseScreen';
import { HomeScreen } from './home/HomeScreen';

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

const Setup = guarded(SetupScreen, ['none', 'unknown']);
const ResumeSetup = guarded(ResumeSetupScreen, ['setup-incomplete']);
const Unlock = guarded(UnlockScreen, ['locked']);
const Recover = guarded(RecoverScreen, ['locked']);
const NewPassphrase = guarded(NewPassphraseScreen, ['unlocked']);
const Home = guarded(HomeScreen, ['unlocked']);

export function App() {
  return (
    <LocationProvider>
      <Header />
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={Start} />
            <Route path="/language" component={LanguageScreen} />
            <Route path="/welcome" component={WelcomeScreen} />
            <Route path="/setup" component={Setup} />
            <Route path="/setup/resume" component={ResumeSetup} />
            <Route path="/unlock" component={Unlock} />
            <Route path="/recover" component={Recover} />
            <Route path="/new-passphrase" component={NewPassphrase} />
            <Route path="/home" component={Home} />
            <Route path="/settings" component={SettingsScreen} />
            <Route path="/about" component={AboutScreen} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <LiveRegion />
    </LocationProvider>
  );
}
