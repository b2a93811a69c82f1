"""webui/turns.py: threads hold their turn one at a time, in the order they asked for it."""
import threading
import time

from webui.turns import Turns


def test_threads_take_their_turns_one_at_a_time_in_the_order_they_asked():
    turns, order, holding, most = Turns(), [], [0], [0]

    def take(number):
        with turns:
            holding[0] += 1
            most[0] = max(most[0], holding[0])
            order.append(number)
            time.sleep(0.01)
            holding[0] -= 1

    threads = []
    with turns:  # held: the others queue up in the order they start
        for number in range(8):
            thread = threading.Thread(target=take, args=(number,))
            thread.start()
            threads.append(thread)
            while turns.waiting() < number + 1:
                time.sleep(0.001)
        assert turns.waiting() == 8
    for thread in threads:
        thread.join(10)
    assert order == list(range(8)) and most[0] == 1 and turns.waiting() == 0


def test_a_turn_is_given_back_when_its_holder_raises():
    turns = Turns()
    try:
        with turns:
            raise ValueError("a tick that fails")
    except ValueError:
        pass
    done = threading.Event()
    threading.Thread(target=lambda: (turns.__enter__(), done.set(), turns.__exit__())).start()
    assert done.wait(5)
