"""Every override of Faust/aiokafka internals, each naming the upstream behaviour it works around.

Used by ``streams.shell`` only; imports nothing from wirestream but ``streams.settings``.
"""
