"""`Turns`: a lock that threads hold one at a time in the order they asked for it. A process serves
every session's live ticks; one at a time, in turn, they share the process fairly (threading.Lock
promises no order, and a tick that starts while others run only slows them: Python runs one
thread at a time anyway)."""
import collections
import threading


class Turns:
    def __init__(self):
        self._queue_lock = threading.Lock()
        self._waiting = collections.deque()  # one Event per thread that holds or waits for its turn

    def __enter__(self):
        turn = threading.Event()
        with self._queue_lock:
            self._waiting.append(turn)
            if len(self._waiting) == 1:
                turn.set()
        turn.wait()
        return self

    def waiting(self):
        """How many threads wait for their turn now (besides the one holding it)."""
        return max(len(self._waiting) - 1, 0)

    def __exit__(self, *exception):
        with self._queue_lock:
            self._waiting.popleft()
            if self._waiting:
                self._waiting[0].set()
        return False
