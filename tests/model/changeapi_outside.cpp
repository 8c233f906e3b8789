// Code outside the undo commands, as a view or the app is, that tries to change a document
// behind its undo stack. It must not compile: the test "changeapi.CALL" builds it with
// WEMENU_CALL_<CALL> defined and passes only when the compiler refuses the call as private
// (see CMakeLists.txt).
#include <menudocument.h>

void changeBehindTheUndoStack(MenuDocument &document)
{
#if defined(WEMENU_CALL_setDataNow)
    document.setDataNow(DocumentData(), Shape::Document);
#elif defined(WEMENU_CALL_insertButtonNow)
    document.insertButtonNow({-1, -1, 0}, Button());
#elif defined(WEMENU_CALL_setButtonFieldNow)
    document.setButtonFieldNow({-1, -1, 0}, ButtonField::Name, QStringLiteral("x"));
#elif defined(WEMENU_CALL_takeMenuNow)
    document.takeMenuNow(0);
#else
#error "Define the call to try: WEMENU_CALL_<name>"
#endif
}
