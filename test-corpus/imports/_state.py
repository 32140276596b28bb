# Helper module holding shared mutable state.
counter = 0
log = []
def bump(who):
    global counter
    counter += 1
    log.append(who)
    return counter
