# signal: constants and the Signals enum, handler table, raise_signal with Python handlers, SIG_IGN and default_int_handler, errors, strsignal, alarm/setitimer
import signal, time
print(signal.SIGINT, int(signal.SIGTERM), signal.Signals(15).name, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGUSR1))
got = []
def handler(signum, frame):
    got.append(signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
for bad in [lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN), lambda: signal.signal(0, signal.SIG_IGN),
            lambda: signal.signal(2, 5), lambda: signal.getsignal(99)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM, signal.SIGKILL, signal.SIGCHLD):
    print(signal.strsignal(s))
print(len(signal.valid_signals()), signal.SIGRTMIN, signal.NSIG)
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(1))
print(signal.alarm(0) in (0, 1))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.5)
print(fired, signal.getitimer(signal.ITIMER_REAL))
import threading
def in_thread():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        print("thread:", e)
t = threading.Thread(target=in_thread); t.start(); t.join()
