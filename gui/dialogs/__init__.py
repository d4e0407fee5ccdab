"""Dialogs: add a member, bind, unbind, pay (with live preview) and refund."""
