"""Responsibility (党建责任制): 三级责任清单, 责任书, 定责 → 问责 cycle, 述职述廉, 约谈, 通报, 问责 and 容错纠错."""
