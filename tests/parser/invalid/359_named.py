Clearly a is $2\sqrt{n}$ ok

