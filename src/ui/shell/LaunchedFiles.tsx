// A `.familyfile` tapped in the phone's files opens the installed app (manifest `file_handlers`;
// `launch_handler` keeps one window). The Launch Handler API hands the file over here; the app
// keeps it in memory only, and /open-file sends it to the screen that reads that kind of file.
import { signal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';

/** The file the phone opened the app with, until a screen takes it. Never stored. */
export const launchedFile = signal<File | undefined>(undefined);

/** The launched file, once: the screen that reads it takes it, so a later visit starts empty. */
export function takeLaunchedFile(): File | undefined {
  const file = launchedFile.value;
  launchedFile.value = undefined;
  return file;
}

interface LaunchParams {
  files?: readonly { getFile(): Promise<File> }[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

export function LaunchedFiles() {
  const { route } = useLocation();
  useEffect(() => {
    const queue = (window as unknown as { launchQueue?: LaunchQueue }).launchQueue;
    queue?.setConsumer((params) => {
      const handle = params.files?.[0];
      if (!handle) return;
      void handle.getFile().then((file) => {
        launchedFile.value = file;
        route('/open-file');
      }, () => undefined);
    });
  }, []);
  return null;
}
