"""长辈模式's own layout (issue #10, after the MIIT 2021 适老化 rules): fewer elements per screen, one task at a
time, plain words, large targets, nothing by colour alone.

- page.py: the page the main window swaps in — member cards, the chosen person's payment order, a big Pay button;
- cards.py: one large card per family member (name, balance in big figures, who may use the account);
- order_rows.py: the payment order as a short list of large rows, each with 置顶 / 上移 / 下移 / 置底 buttons;
- pay_flow.py: pay as a guided two-step (amount and purpose; then one sentence per account and a big confirm).
"""
