# Checks every list method: append/extend/insert/remove/pop/clear/index/count/sort/reverse/copy.
lst = [5, 3, 8]
lst.append(1)
print(lst)
lst.extend([9, 3])
print(lst)
lst.extend("ab")
print(lst)
lst.extend(range(2))
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
lst.insert(-100, "very first")
print(lst)
lst.remove("ab" if "ab" in lst else "a")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(2))
print(lst)
print(lst.index(3), lst.index(3, 3), lst.count(3), lst.count("z"))
nums = [4, 1, 3, 1, 5, 9, 2, 6]
print(nums.count(1), nums.index(9), nums.index(1, 2), nums.index(1, 2, 4))
copy = nums.copy()
nums.sort()
print(nums, copy)
nums.reverse()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(words.sort(), words.reverse(), words.append(1), words.clear(), words)
for action in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2),
               lambda: [1, "a"].sort(), lambda: [1].index(1, 1), lambda: [].insert()]:
    try:
        action()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
x = [1, 2, 3]
y = x.copy()
y[0] = 99
print(x, y)
