# Object-heavy: a cooperative task scheduler with workers, queues of packets and a
# dispatcher, in the spirit of operating-system simulations. Exercises classes,
# inheritance, method calls, attribute reads and writes, and linked lists.


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        return packet

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        Task.__init__(self, scheduler, ident, priority, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(4)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(5)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = 2
        self.counter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = 3 if self.destination == 2 else 2
        packet.owner = self.destination
        packet.datum = 0
        for i in range(4):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.data[i] = self.counter + 64
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.device = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == 1:
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        if self.work is not None:
            work = self.work
            index = work.datum
            if index > 3:
                self.work = work.link
                return self.scheduler.send(work)
            if self.device is not None:
                device = self.device
                self.device = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.scheduler.send(device)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            out = self.pending
            self.pending = None
            return self.scheduler.send(out)
        self.pending = packet
        self.scheduler.output = (self.scheduler.output * 7 + packet.datum) % 1000003
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.output = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.current.held = True
        return None

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.owner]
        packet.owner = self.current.ident
        target.receive(packet)
        if target.priority > self.current.priority:
            return target
        return self.current

    def run(self):
        while True:
            chosen = None
            for task in self.order:
                if task.runnable():
                    chosen = task
                    break
            if chosen is None:
                return
            self.current = chosen
            self.switches += 1
            chosen.runs += 1
            packet = chosen.take_packet() if chosen.waiting or chosen.queue is not None else None
            if packet is not None:
                chosen.waiting = False
            chosen.step(packet)


def build_and_run(idle_count):
    s = Scheduler()
    s.add(IdleTask(s, 1, 0, idle_count))
    work = Packet(None, 0, 1)
    work = Packet(work, 0, 1)
    s.add(WorkerTask(s, 2, 1000, work))
    queue = Packet(None, 5, 0)
    queue = Packet(queue, 5, 0)
    queue = Packet(queue, 5, 0)
    s.add(HandlerTask(s, 3, 2000, queue))
    queue = Packet(None, 6, 0)
    queue = Packet(queue, 6, 0)
    queue = Packet(queue, 6, 0)
    s.add(HandlerTask(s, 7, 3000, queue))
    s.add(DeviceTask(s, 5, 4000, None))
    s.add(DeviceTask(s, 6, 5000, None))
    s.add(DeviceTask(s, 4, 4500, None))
    s.run()
    return s


total_switches = 0
total_output = 0
for round_number in range(14):
    sched = build_and_run(20000 + round_number * 1000)
    total_switches += sched.switches
    total_output = (total_output * 31 + sched.output) % 1000000007
    runs = [t.runs for t in sched.order]
print("switches", total_switches)
print("runs", runs)
print("checksum", total_output)
