import { Component, type ComponentChildren } from 'preact';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { Header } from './shell/Header';
import { UpdatePrompt } from './shell/UpdatePrompt';
import { ErrorScreen, NotFound } from './shell/ErrorScreen';
import { LanguageScreen } from './language/LanguageScreen';
import { WelcomeScreen } from './welcome/WelcomeScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { AboutScreen } from './about/AboutScreen';
import { LiveRegion } from './shell/LiveRegion';
import { languageChosen } from './state/language';

function Start() {
  const { route } = useLocation();
  useEffect(() => route(languageChosen.value ? '/welcome' : '/language', true), []);
  return null;
}

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
